import { describe, expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { drillValue, readDrill } from '../explore/drill-codec.ts';
import { drillRows } from '../explore/drill-rows.ts';
import { EMPTY_FILTERS, parseFilters } from '../explore/filters.ts';
import {
	drillInFilters,
	drillTarget,
	drillTotal,
	OVERSIGHT_DRILLS,
	oversightDrill,
	toDrill
} from './oversight-drill.ts';
import { oversightExplore } from './oversight-explore.ts';
import { oversightLoader } from './oversight-view-data.ts';
import { isInFilters, oversightResults } from './oversight-results.ts';
import { auditAmounts, neverAudited, publicationDates } from './oversight-tables.ts';

const db = withEmptyTables();
const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;

describe('oversight drills', () => {
	test('reads every kind of mark and writes it back the same', () => {
		for (const raw of [
			'classified:MLI:2021',
			'audit:NER:2016',
			'document:TCD:2020:execution_law'
		]) {
			const read = readDrill(raw, OVERSIGHT_DRILLS);
			expect(read.status, raw).toBe('valid');
			expect(drillValue(toDrill(oversightDrill(read.drill!)))).toBe(raw);
		}
		expect(
			oversightDrill(readDrill('document:TCD:2020:execution_law', OVERSIGHT_DRILLS).drill!)
		).toEqual({ kind: 'document', country: 'TCD', year: 2020, document: 'execution_law' });
	});

	test('refuses hostile or unknown values', () => {
		for (const raw of [
			"classified:MLI:2021'--",
			'classified:XXX:2021',
			'secret:MLI:2021',
			'document:MLI:2021',
			'document:MLI:2021:drop_table',
			'audit:MLI:2021:audit_report',
			'audit:MLI:1800',
			'classified-MLI-2021',
			'<script>alert(1)</script>'
		])
			expect(readDrill(raw, OVERSIGHT_DRILLS).status, raw).toBe('invalid');
	});

	test('a drill outside the filtered countries or years is stale', () => {
		const d = { kind: 'audit', country: 'MLI', year: 2021 } as const;
		expect(drillInFilters(d, filters('country=MLI&from=2020'))).toBe(true);
		expect(drillInFilters(d, filters('country=NER'))).toBe(false);
		expect(drillInFilters(d, filters('to=2019'))).toBe(false);
	});
});

test('a drill whose mark is not on the page is stale: no bar, or a document listed as missing', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const none = { ...EMPTY_FILTERS, country: [] };
	const view = await oversightLoader(db.engine)(none);
	const fits = (raw: string) =>
		oversightExplore.fits(readDrill(raw, OVERSIGHT_DRILLS).drill!, none, view);
	expect(fits('classified:MLI:2021')).toBe(true);
	// the demo's years are 2016–2024: a valid year with no bar
	expect(fits('classified:MLI:2030')).toBe(false);
	// Niger 2020's audit report was published (2022-06-17); Burkina Faso 2016 has none listed
	expect(fits('document:NER:2020:audit_report')).toBe(true);
	expect(fits('document:BFA:2016:audit_report')).toBe(false);
	// never audited: Mali 2022 is listed (no audit report), Mali 2021 is not
	expect(fits('unaudited:MLI:2022')).toBe(true);
	expect(fits('unaudited:MLI:2021')).toBe(false);
});

test('the rows behind every classified-share bar add up to the bar, sector filter included', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	for (const query of ['', 'sector=security']) {
		const f = filters(query);
		const { classified } = await oversightResults(db.engine, f);
		expect(classified).toHaveLength(45); // 5 countries × 9 years
		for (const r of classified) {
			const target = drillTarget({ kind: 'classified', country: r.country, year: r.year }, f);
			expect(await drillTotal(db.engine, target)).toBeCloseTo(r.value!, 10);
		}
	}
	const lines = await drillRows(
		db.engine,
		'budget_lines',
		drillTarget({ kind: 'classified', country: 'MLI', year: 2021 }, filters('sector=defence')).where
	);
	// 2 defence institutions × 5 categories (Ministère de la Défense, État-major)
	expect(lines.total).toBe(10);
	expect(lines.rows.every((r) => r.sector === 'defence' && r.country === 'MLI')).toBe(true);
});

test('derogation, audit, document and never-audited drills add up to their marks', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const f = filters('country=MLI,NER');
	const { derogation } = await oversightResults(db.engine, f);
	for (const r of derogation) {
		const t = drillTarget({ kind: 'derogation', country: r.country, year: r.year }, f);
		expect(await drillTotal(db.engine, t)).toBeCloseTo(r.value!, 10);
	}
	const amounts = (await auditAmounts(db.engine)).filter((a) => isInFilters(a, f));
	for (const a of amounts.filter((x) => x.audits > 0)) {
		const t = drillTarget({ kind: 'audit', country: a.country, year: a.year }, f);
		expect(await drillTotal(db.engine, t)).toBe(a.covered);
		expect((await drillRows(db.engine, t.table, t.where)).total).toBe(a.audits);
	}
	const gaps = neverAudited(amounts);
	// the demo lists no audit report for these four (oversight-events.csv)
	expect(gaps.map((g) => `${g.country} ${g.year}`)).toEqual([
		'MLI 2022',
		'NER 2017',
		'NER 2018',
		'NER 2019'
	]);
	for (const g of gaps) {
		const t = drillTarget({ kind: 'unaudited', country: g.country, year: g.year }, f);
		expect(await drillTotal(db.engine, t)).toBeCloseTo(g.executed!, 0);
	}
	for (const d of (await publicationDates(db.engine)).filter((x) => isInFilters(x, f))) {
		const t = drillTarget({ kind: 'document', ...d }, f);
		expect(await drillTotal(db.engine, t)).toBe(d.records);
	}
});
