import { expect, test } from 'vitest';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { isInFilters, oversightResults } from './oversight-results.ts';
import { publicationDates } from './oversight-tables.ts';
import { buildPublicationGrid, gridKey, lagMonths } from './publication-grid.ts';

const db = withEmptyTables();

test('lag in months uses months of 365.25 ÷ 12 days, one decimal', () => {
	expect(lagMonths(183)).toBe(6); // 183 ÷ 30.4375 = 6.01
	expect(lagMonths(567)).toBe(18.6); // 18.63
	expect(lagMonths(-30)).toBe(-1); // published before the year ended
});

test('the grid says published, late or missing for each key document of Mali', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const f = parseFilters(new URLSearchParams('country=MLI')).filters;
	const r = await oversightResults(db.engine, f);
	const dates = (await publicationDates(db.engine)).filter((d) => isInFilters(d, f));
	const grid = buildPublicationGrid(r.documents, r.lag, dates);
	expect(grid.countries).toEqual(['MLI']);
	expect(grid.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
	const cell = (year: number, doc: string) => grid.cells.get(gridKey('MLI', year, doc));
	// audit of 2016 published 2018-07-21: 567 days after 31 Dec 2016, past the 12-month deadline
	expect(cell(2016, 'audit_report')).toEqual({
		status: 'late',
		lagDays: 567,
		lagMonths: 18.6,
		date: '2018-07-21',
		records: 1
	});
	// execution law of 2019 published 2020-10-28: 302 days, within 12 months
	expect(cell(2019, 'execution_law')).toMatchObject({
		status: 'on_time',
		lagDays: 302,
		lagMonths: 9.9
	});
	// no deadline computed for the budget proposal: published, with its date
	expect(cell(2016, 'budget_proposal')).toMatchObject({
		status: 'published',
		lagDays: null,
		date: '2015-11-11'
	});
	expect(cell(2022, 'audit_report')).toMatchObject({ status: 'missing', date: null, records: 0 });
	// the demo has no in-year report at all
	expect(grid.years.every((y) => cell(y, 'in_year_report')?.status === 'missing')).toBe(true);
});
