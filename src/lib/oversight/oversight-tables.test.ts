import { expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { readDemoCsv, sumOf } from './demo-csv.ts';
import { isInFilters } from './oversight-results.ts';
import {
	auditAmounts,
	neverAudited,
	oversightScope,
	publicationDates
} from './oversight-tables.ts';

const db = withEmptyTables();
const budget = readDemoCsv('budget-lines.csv');
const oversight = readDemoCsv('oversight-events.csv');
const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;
const only = <T extends { country: string; year: number }>(rows: T[], query: string) =>
	rows.filter((r) => isInFilters(r, filters(query)));

test('audit amounts: executed spending against audited amounts, with the auditing bodies', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const rows = only(await auditAmounts(db.engine), 'country=MLI&from=2018&to=2018');
	const audits = oversight.filter(
		(o) => o.country === 'MLI' && o.year_covered === '2018' && o.document === 'audit_report'
	);
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({
		country: 'MLI',
		year: 2018,
		currency: 'XOF',
		audits: audits.length,
		bodies: ['court_of_auditors', 'inspectorate'],
		watched: true
	});
	expect(rows[0]?.executed).toBeCloseTo(
		sumOf(budget, 'executed', (r) => r.country === 'MLI' && r.year === '2018'),
		0
	);
	// the inspectorate's report states no amount: only the court's counts
	expect(rows[0]?.covered).toBe(sumOf(audits, 'amount_covered'));
});

test('never audited: country-years with spending and no audit report, as the CSV says', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const listed = neverAudited(await auditAmounts(db.engine));
	const audited = new Set(
		oversight
			.filter((o) => o.document === 'audit_report')
			.map((o) => `${o.country} ${o.year_covered}`)
	);
	const spent = new Set(budget.map((r) => `${r.country} ${r.year}`));
	const expected = [...spent].filter((k) => !audited.has(k)).sort();
	expect(expected.length).toBeGreaterThan(0);
	expect(listed.map((a) => `${a.country} ${a.year}`)).toEqual(expected);
	expect(listed.every((a) => a.covered === null && a.audits === 0)).toBe(true);
});

test('publication dates give the first date of each listed document per country-year', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const rows = only(await publicationDates(db.engine), 'country=NER&from=2020&to=2020');
	const csv = oversight.filter((o) => o.country === 'NER' && o.year_covered === '2020');
	expect(rows.map((r) => [r.document, r.firstPublished, r.records])).toEqual(
		csv
			.map((o) => [o.document, o.date_published, 1])
			.sort((a, b) => String(a[0]).localeCompare(String(b[0])))
	);
});

test('scope lists the countries, years and datasets of the three tables', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const scope = await oversightScope(db.engine);
	expect(scope.countries).toEqual(['BFA', 'MLI', 'MRT', 'NER', 'TCD']);
	const years = new Set([
		...budget.map((r) => Number(r.year)),
		...oversight.map((o) => Number(o.year_covered))
	]);
	expect(scope.years[0]).toBe(Math.min(...years));
	expect(scope.datasets).toEqual({
		budget_lines: ['demo-budget'],
		contracts: ['demo-contracts'],
		oversight_events: ['demo-oversight']
	});
});
