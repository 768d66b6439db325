/**
 * The credibility queries on a tiny hand-made fixture: every expected value is worked out in the
 * comments, including the lines that must be left out (missing stage, no conversion factor).
 */
import { beforeEach, expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { BUDGET_LINES_DDL } from '../db/tables.ts';
import { EMPTY_FILTERS, type ExploreFilters } from '../explore/filters.ts';
import { queryStageTotals } from './stage-totals.ts';
import { queryStageGaps } from './stage-gaps.ts';
import { queryScopeSummary } from './scope-summary.ts';
import { queryDrillLines } from './drill-lines.ts';
import { queryBoostTotals } from './boost-totals.ts';
import { loadBoost } from './load-boost.ts';

const db = withEmptyTables();
const filters = (patch: Partial<ExploreFilters> = {}): ExploreFilters => ({
	...EMPTY_FILTERS,
	country: [],
	...patch
});

beforeEach(async () => {
	const e = db.engine;
	await e.exec(BUDGET_LINES_DDL);
	// factor = US$ m × 1e6 ÷ local units: MLI 2020 = 0.002e6 / 1000 = 2; MRT 2020 = 0.001e6 / 500
	// = 2; MLI 2021 has no constant-dollar value → no factor.
	await e.exec(`CREATE OR REPLACE TABLE milex AS SELECT * FROM (VALUES
		('MLI', 2020, 'lcu_current', 1000.0, 'ok'), ('MLI', 2020, 'usd_constant_2023', 0.002, 'ok'),
		('MLI', 2021, 'lcu_current', 1000.0, 'ok'), ('MLI', 2021, 'usd_constant_2023', NULL, 'missing'),
		('MRT', 2020, 'lcu_current', 500.0, 'ok'), ('MRT', 2020, 'usd_constant_2023', 0.001, 'ok')
	) AS t(country, year, series, value, status)`);
	await e.exec(`INSERT INTO budget_lines (dataset_id, source_row, country, year, institution, sector,
		category, approved, revised, executed, currency) VALUES
		('d', 2, 'MLI', 2020, 'Défense', 'defence', 'personnel', 100, 110, 120, 'XOF'),
		('d', 3, 'MLI', 2020, 'Défense', 'defence', 'capital', 50, NULL, 30, 'XOF'),
		('d', 4, 'MLI', 2020, 'Police', 'security', 'personnel', 40, 40, NULL, 'XOF'),
		('d', 8, 'MLI', 2020, 'Santé', 'other', 'personnel', 999, 999, 999, 'XOF'),
		('d', 5, 'MLI', 2021, 'Défense', 'defence', 'personnel', 100, 100, 90, 'XOF'),
		('d', 6, 'MRT', 2020, 'Armée', 'defence', 'personnel', 10, 10, 12, 'MRO'),
		('d', 7, 'MRT', 2020, 'Armée', 'defence', 'personnel', 20, 20, 22, 'MRU')`);
});

test('stage totals sum each stage where known, per country, currency and year', async () => {
	const rows = await queryStageTotals(db.engine, filters());
	expect(rows).toEqual([
		// row 8 (health, sector 'other') is outside a defence and security view.
		// rows 2–4: approved 100+50+40, revised 110+40 (row 3 has none), executed 120+30
		{
			country: 'MLI',
			currency: 'XOF',
			year: 2020,
			approved: 190,
			revised: 150,
			executed: 150,
			n_lines: 3
		},
		{
			country: 'MLI',
			currency: 'XOF',
			year: 2021,
			approved: 100,
			revised: 100,
			executed: 90,
			n_lines: 1
		},
		// two currencies in one country are never added together
		{
			country: 'MRT',
			currency: 'MRO',
			year: 2020,
			approved: 10,
			revised: 10,
			executed: 12,
			n_lines: 1
		},
		{
			country: 'MRT',
			currency: 'MRU',
			year: 2020,
			approved: 20,
			revised: 20,
			executed: 22,
			n_lines: 1
		}
	]);
});

test('in constant dollars, lines without a SIPRI factor are left out and counted', async () => {
	const usd = filters({ basis: 'usd' });
	const rows = await queryStageTotals(db.engine, usd);
	expect(rows).toEqual([
		// MLI 2020 × 2: 380, 300, 300. MLI 2021 (no factor) and the MRO line (not SIPRI's
		// currency for Mauritania) are gone; the MRU line × 2: 40, 40, 44.
		{
			country: 'MLI',
			currency: 'USD',
			year: 2020,
			approved: 380,
			revised: 300,
			executed: 300,
			n_lines: 3
		},
		{
			country: 'MRT',
			currency: 'USD',
			year: 2020,
			approved: 40,
			revised: 40,
			executed: 44,
			n_lines: 1
		}
	]);
	expect(await queryScopeSummary(db.engine, usd)).toEqual({
		n_lines: 4,
		n_excluded: 2,
		datasets: ['d']
	});
});

test('gaps use only lines with both voted and executed figures', async () => {
	const rows = await queryStageGaps(db.engine, filters({ country: ['MLI'] }), 'institution');
	// Défense: rows 2, 3, 5 → approved 250, executed 240, gap −10, −4 %; revised on rows 2 and 5:
	// (110+100) ÷ (100+100) − 1 = +5 %. Police's only line has no executed figure: no bar.
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({ item: 'Défense', approved: 250, executed: 240, gap: -10 });
	expect(rows[0]!.gap_share).toBeCloseTo(-0.04, 12);
	expect(rows[0]!.revised_share).toBeCloseTo(0.05, 12);
});

test('a drill-down returns the lines of the mark and sums to its value', async () => {
	const year = await queryDrillLines(db.engine, filters(), {
		kind: 'year',
		country: 'MLI',
		currency: 'XOF',
		year: 2020
	});
	expect(year.rows.map((r) => r.source_row).sort()).toEqual([2, 3, 4]);
	expect(year.sums).toEqual({ approved: 190, revised: 150, executed: 150 });
	const gap = await queryDrillLines(db.engine, filters({ basis: 'usd' }), {
		kind: 'institution',
		country: 'MLI',
		currency: 'USD',
		item: 'Défense'
	});
	// in dollars only 2020 has a factor: rows 2 and 3 × 2 → approved 300, executed 300
	expect(gap.rows.map((r) => r.source_row).sort()).toEqual([2, 3]);
	expect(gap.sums).toMatchObject({ approved: 300, executed: 300 });
});

test('BOOST: the total line (spelled Toatal or Total) only, with the execution rate', async () => {
	const csv = [
		'country,year,budget_line,sector,spending_type,approved,executed',
		'MLI,2020,Spending: Total Expenditures,Toatal,total,1000,900',
		'MLI,2020,Spending in judiciary,Justice,Other,100,50',
		'MLI,2021,Spending: Total Expenditures,Total,total,1000,1100'
	].join('\n');
	await loadBoost(
		db.engine,
		await db.engine.registerFile('boost-fixture.csv', new TextEncoder().encode(csv))
	);
	const local = await queryBoostTotals(db.engine, filters());
	// 900 ÷ 1000 = 0.9 from file row 2; 1100 ÷ 1000 = 1.1 from row 4; the judiciary line is a part
	expect(local.rows).toEqual([
		{
			country: 'MLI',
			currency: 'XOF',
			year: 2020,
			approved: 1000,
			executed: 900,
			rate: 0.9,
			source_row: 2
		},
		{
			country: 'MLI',
			currency: 'XOF',
			year: 2021,
			approved: 1000,
			executed: 1100,
			rate: 1.1,
			source_row: 4
		}
	]);
	const usd = await queryBoostTotals(db.engine, filters({ basis: 'usd' }));
	expect(usd.rows).toMatchObject([{ year: 2020, approved: 2000, executed: 1800, currency: 'USD' }]);
	expect(usd.excluded).toEqual([{ country: 'MLI', year: 2021 }]);
});
