import { expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { readDemoCsv, sumOf, type CsvRow } from './demo-csv.ts';
import { oversightResults } from './oversight-results.ts';

const db = withEmptyTables();
const budget = readDemoCsv('budget-lines.csv');
const contracts = readDemoCsv('contracts.csv');
const oversight = readDemoCsv('oversight-events.csv');
const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;
const at = (country: string, year: number) => (r: CsvRow) =>
	r.country === country && Number(r.year) === year;

test('classified share is Σ approved of classified lines ÷ Σ approved, defence and security', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const { classified } = await oversightResults(db.engine, filters('country=MLI'));
	const mali = budget.filter(at('MLI', 2021));
	// every demo line states its status, so the denominator is all 25 lines of Mali 2021
	const expected =
		sumOf(mali, 'approved', (r) => r.classified === 'true') / sumOf(mali, 'approved');
	const row = classified.find((r) => r.year === 2021);
	expect(row?.value).toBeCloseTo(expected, 10);
	expect(row?.coverage).toEqual({ n: 25, total: 25 });
	// about 14.7 %: above the GDI's highest threshold (8 %)
	expect(row?.score).toBe('gt8');
});

test('the sector filter recomputes the classified share on that sector only', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const all = await oversightResults(db.engine, filters('country=NER&from=2020&to=2020'));
	const defence = await oversightResults(
		db.engine,
		filters('country=NER&from=2020&to=2020&sector=defence')
	);
	const lines = budget.filter((r) => at('NER', 2020)(r) && r.sector === 'defence');
	const expected =
		sumOf(lines, 'approved', (r) => r.classified === 'true') / sumOf(lines, 'approved');
	expect(defence.classified).toHaveLength(1);
	expect(defence.classified[0]?.value).toBeCloseTo(expected, 10);
	expect(defence.classified[0]?.value).not.toBeCloseTo(all.classified[0]!.value!, 4);
	// audit coverage is defined on all defence and security spending: the sector does not apply
	expect(defence.audit).toEqual(all.audit);
});

test('country and year filters select the result rows of every indicator', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const r = await oversightResults(db.engine, filters('country=BFA,TCD&from=2018&to=2020'));
	for (const rows of [r.classified, r.derogation, r.audit, r.lag, r.documents]) {
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((x) => ['BFA', 'TCD'].includes(x.country))).toBe(true);
		expect(rows.every((x) => x.year >= 2018 && x.year <= 2020)).toBe(true);
	}
	// 2 countries × 3 years × 6 key documents
	expect(r.documents).toHaveLength(36);
});

test('derogation share is Σ derogatory contract value ÷ Σ contract value of the award year', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const { derogation } = await oversightResults(
		db.engine,
		filters('country=MRT&from=2019&to=2019')
	);
	const rows = contracts.filter(
		(c) => c.country === 'MRT' && (c.award_date ?? '').startsWith('2019')
	);
	const expected = sumOf(rows, 'amount', (c) => c.derogation === 'true') / sumOf(rows, 'amount');
	expect(derogation).toHaveLength(1);
	expect(derogation[0]?.value).toBeCloseTo(expected, 10);
});

test('audit coverage is Σ audited ÷ Σ executed, and 0 for a watched year with no audit', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const { audit } = await oversightResults(db.engine, filters('country=MLI'));
	const audits = oversight.filter((o) => o.document === 'audit_report');
	const covered = sumOf(
		audits,
		'amount_covered',
		(o) => o.country === 'MLI' && o.year_covered === '2021'
	);
	const executed = sumOf(budget.filter(at('MLI', 2021)), 'executed');
	expect(audit.find((r) => r.year === 2021)?.value).toBeCloseTo(covered / executed, 10);
	// the demo lists no audit report for Mali 2022
	expect(audits.some((o) => o.country === 'MLI' && o.year_covered === '2022')).toBe(false);
	expect(audit.find((r) => r.year === 2022)?.value).toBe(0);
});
