import { expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from './demo-data.ts';
import { nodeDemoReader } from './demo-data-node.ts';
import { andWhere, drillRows } from './drill-rows.ts';
import { filterWhere, parseFilters } from './filters.ts';

const db = withEmptyTables();

test('the rows behind one bar: the chart filters plus the bar, with total and provenance', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const { filters } = parseFilters(new URLSearchParams('country=MLI&from=2019&to=2019'));
	const where = andWhere(
		filterWhere(filters, { country: 'country', year: 'year' }),
		'category = ?',
		'capital'
	);
	const { rows, total } = await drillRows(db.engine, 'budget_lines', where);
	// The demo has 5 institutions × 5 categories per country-year: one capital line each.
	expect(total).toBe(5);
	expect(rows.map((r) => r.institution)).toEqual([
		'Garde nationale',
		'Gendarmerie nationale',
		'Ministère de la Défense',
		'Police nationale',
		'État-major général des armées'
	]);
	expect(rows.every((r) => r.dataset_id === 'demo-budget' && Number(r.source_row) > 1)).toBe(true);
});

test('contract rows come newest first with their dates as text, capped with the full count', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const where = filterWhere(parseFilters(new URLSearchParams('country=NER')).filters, {
		country: 'country'
	});
	const { rows, total } = await drillRows(db.engine, 'contracts', where, 3);
	const [counted] = await db.engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM contracts WHERE country = 'NER'`
	);
	expect(total).toBe(counted?.n);
	expect(rows).toHaveLength(3);
	const dates = rows.map((r) => r.award_date as string);
	expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
	expect([...dates].sort().reverse()).toEqual(dates);
});
