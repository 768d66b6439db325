/**
 * The credibility queries on the shipped data (demo budget, SIPRI, BOOST), checked against sums
 * computed here straight from the CSV files with a few lines of JavaScript, not with SQL.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { EMPTY_FILTERS, type ExploreFilters } from '../explore/filters.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { queryStageTotals } from './stage-totals.ts';
import { queryStageGaps } from './stage-gaps.ts';
import { queryDrillLines } from './drill-lines.ts';
import { queryBoostTotals } from './boost-totals.ts';
import { queryPefaScores } from './pefa-scores.ts';
import { loadBoost } from './load-boost.ts';

type Csv = Record<string, string>[];
function readCsv(path: string): Csv {
	const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
	const keys = head!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}
const demo = readCsv('data/demo/budget-lines.csv');
const milex = readCsv('data/sipri-milex.csv');
const boost = readCsv('data/boost-budget-execution.csv');
const sum = (rows: Csv, key: string) => rows.reduce((s, r) => s + Number(r[key]), 0);
const factor = (country: string, year: number) => {
	const v = (series: string) =>
		Number(
			milex.find((r) => r.country === country && Number(r.year) === year && r.series === series)!
				.value
		);
	return (v('usd_constant_2023') * 1e6) / v('lcu_current');
};
const f = (patch: Partial<ExploreFilters>): ExploreFilters => ({ ...EMPTY_FILTERS, ...patch });

// One engine for the file, loaded once: these tests only read.
const db = {} as { engine: Engine };
beforeAll(async () => {
	db.engine = await openNodeEngine();
	await syncDemo(db.engine, [], nodeDemoReader());
	await loadMilex(db.engine, 'data/sipri-milex.csv');
	await loadBoost(db.engine, 'data/boost-budget-execution.csv');
});
afterAll(() => db.engine.close());

test('Mali 2021 totals equal the sums of its demo lines, in FCFA and in constant dollars', async () => {
	const lines = demo.filter((r) => r.country === 'MLI' && r.year === '2021');
	const [local] = await queryStageTotals(db.engine, f({ country: ['MLI'], from: 2021, to: 2021 }));
	expect(local).toMatchObject({ currency: 'XOF', n_lines: lines.length });
	expect(local!.approved).toBeCloseTo(sum(lines, 'approved'), 0);
	expect(local!.revised).toBeCloseTo(sum(lines, 'revised'), 0);
	expect(local!.executed).toBeCloseTo(sum(lines, 'executed'), 0);
	const [usd] = await queryStageTotals(
		db.engine,
		f({ country: ['MLI'], from: 2021, to: 2021, basis: 'usd' })
	);
	// SIPRI 2021: 667.89 US$ m ÷ 362.11 bn FCFA → about 1.84 US$ per 1 000 FCFA
	expect(usd!.currency).toBe('USD');
	expect(usd!.executed! / (sum(lines, 'executed') * factor('MLI', 2021))).toBeCloseTo(1, 10);
});

test('Niger capital gap 2019–2020 is executed minus voted over its demo lines', async () => {
	const rows = await queryStageGaps(
		db.engine,
		f({ country: ['NER'], from: 2019, to: 2020 }),
		'category'
	);
	const lines = demo.filter(
		(r) =>
			r.country === 'NER' && ['2019', '2020'].includes(String(r.year)) && r.category === 'capital'
	);
	const capital = rows.find((r) => r.item === 'capital')!;
	expect(rows.map((r) => r.item)).toEqual([
		'capital',
		'goods_services',
		'other',
		'personnel',
		'transfers'
	]);
	expect(capital.gap).toBeCloseTo(sum(lines, 'executed') - sum(lines, 'approved'), 0);
	expect(capital.gap_share).toBeCloseTo(sum(lines, 'executed') / sum(lines, 'approved') - 1, 10);
});

test('a year bar drills to its 25 lines, whose sums equal the bar in both bases', async () => {
	for (const basis of ['local', 'usd'] as const) {
		const filters = f({ country: ['TCD'], basis });
		const bars = await queryStageTotals(db.engine, filters);
		const bar = bars.find((b) => b.year === 2018)!;
		const drill = await queryDrillLines(db.engine, filters, {
			kind: 'year',
			country: 'TCD',
			currency: bar.currency,
			year: 2018
		});
		expect(drill.total).toBe(25);
		expect(drill.sums.executed / bar.executed!).toBeCloseTo(1, 12);
		expect(drill.sums.approved / bar.approved!).toBeCloseTo(1, 12);
	}
});

test('PI-1 and PI-2 come from the registered indicators on the filtered lines only', async () => {
	const results = await queryPefaScores(
		db.engine,
		f({ country: ['MLI'], category: 'capital', from: 2021, to: 2021 })
	);
	const lines = demo.filter(
		(r) => r.country === 'MLI' && r.category === 'capital' && r.year === '2021'
	);
	const pi1 = results.find((r) => r.id === 'pefa-pi1-aggregate-outturn')!;
	expect(results.every((r) => r.country === 'MLI' && r.year === 2021)).toBe(true);
	expect(pi1.value).toBeCloseTo(sum(lines, 'executed') / sum(lines, 'approved'), 10);
	expect(pi1.coverage).toEqual({ n: 5, total: 5 }); // one capital line per institution
	// with one category kept, its by-category variance is 0 by construction
	const byCategory = results.find((r) => r.measure === 'category')!;
	expect(byCategory.value).toBe(0);
	// the temporary filter is gone: the whole demo is back
	const [n] = await db.engine.query<{ n: number }>(
		'SELECT count(*)::INTEGER AS n FROM budget_lines'
	);
	expect(n!.n).toBe(demo.length);
});

test('BOOST: each country-year total and rate come from its Toatal line', async () => {
	const { rows } = await queryBoostTotals(db.engine, f({}));
	const totals = boost.filter((r) => r.sector === 'Toatal');
	expect(rows).toHaveLength(totals.length); // 15 + 13 + 12 + 12 = 52
	const ner2015 = rows.find((r) => r.country === 'NER' && r.year === 2015)!;
	// 1 044 620 960 790 ÷ 1 633 824 679 500 ≈ 0.639: Niger spent 64 % of its 2015 budget
	expect(ner2015.rate).toBeCloseTo(1044620960790 / 1633824679500, 12);
	expect(ner2015.currency).toBe('XOF');
});

test('BOOST in constant dollars leaves out Mauritania 2010 and 2011 (no SIPRI figure)', async () => {
	const { rows, excluded } = await queryBoostTotals(
		db.engine,
		f({ country: ['MRT'], basis: 'usd' })
	);
	expect(excluded).toEqual([
		{ country: 'MRT', year: 2010 },
		{ country: 'MRT', year: 2011 }
	]);
	const mrt2012 = boost.find(
		(r) => r.country === 'MRT' && r.year === '2012' && r.sector === 'Toatal'
	)!;
	const row = rows.find((r) => r.year === 2012)!;
	expect(row.approved! / (Number(mrt2012.approved) * factor('MRT', 2012))).toBeCloseTo(1, 10);
	expect(rows).toHaveLength(10); // 2009–2020 minus the two
});
