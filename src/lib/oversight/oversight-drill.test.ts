import { describe, expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { drillRows } from '../explore/drill-rows.ts';
import { parseFilters } from '../explore/filters.ts';
import {
	drillInFilters,
	drillParam,
	drillTarget,
	drillTotal,
	parseDrill,
	type OversightDrill
} from './oversight-drill.ts';
import { isInFilters, oversightResults } from './oversight-results.ts';
import { auditAmounts, neverAudited, publicationDates } from './oversight-tables.ts';

const db = withEmptyTables();
const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;

describe('parseDrill', () => {
	test('reads every kind of mark and writes it back the same', () => {
		for (const raw of [
			'classified-MLI-2021',
			'audit-NER-2016',
			'document-TCD-2020-execution_law'
		]) {
			const d = parseDrill(raw);
			expect(d).not.toBe('invalid');
			expect(drillParam(d as OversightDrill)).toBe(raw);
		}
		expect(parseDrill(null)).toBeNull();
	});

	test('refuses hostile or unknown values', () => {
		for (const raw of [
			"classified-MLI-2021'--",
			'classified-XXX-2021',
			'secret-MLI-2021',
			'document-MLI-2021',
			'document-MLI-2021-drop_table',
			'audit-MLI-2021-audit_report',
			'audit-MLI-1800',
			'<script>alert(1)</script>'
		])
			expect(parseDrill(raw), raw).toBe('invalid');
	});

	test('a drill outside the filtered countries or years is stale', () => {
		const d = { kind: 'audit', country: 'MLI', year: 2021 } as const;
		expect(drillInFilters(d, filters('country=MLI&from=2020'))).toBe(true);
		expect(drillInFilters(d, filters('country=NER'))).toBe(false);
		expect(drillInFilters(d, filters('to=2019'))).toBe(false);
	});
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
