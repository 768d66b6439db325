import { describe, expect, test } from 'vitest';
import { openNodeEngine } from '../db/node-engine.ts';
import { EMPTY_FILTERS, filterWhere, filtersQuery, parseFilters } from './filters.ts';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
	test('reads every filter from a shared link', () => {
		const { filters, ignored } = parse(
			'country=NER,mli&from=2018&to=2023&institution=Garde%20nationale&sector=security&category=capital&method=direct&basis=usd'
		);
		expect(ignored).toEqual([]);
		expect(filters).toEqual({
			country: ['MLI', 'NER'],
			from: 2018,
			to: 2023,
			institution: 'Garde nationale',
			sector: 'security',
			category: 'capital',
			method: 'direct',
			basis: 'usd'
		});
	});

	test('ignores and names hostile or unknown values, keeping the valid ones', () => {
		const { filters, ignored } = parse(
			"country=MLI,XXX&from=2018'--&to=2023&category=<script>&method=gré&basis=eur&institution=a%00b"
		);
		expect(ignored.sort()).toEqual([
			'basis',
			'category',
			'country',
			'from',
			'institution',
			'method'
		]);
		expect(filters).toEqual({ ...EMPTY_FILTERS, to: 2023 });
	});

	test('offers the derogatory regime with no stated method as a method category', () => {
		// the procurement chart's `derogation` bar: a link from it must survive a reload
		expect(parse('method=derogation')).toEqual({
			filters: { ...EMPTY_FILTERS, method: 'derogation' },
			ignored: []
		});
		// `none` (neither method nor regime stated) is a chart category, not a filter choice
		expect(parse('method=none').ignored).toEqual(['method']);
	});

	test('a reversed year range is put back in order', () => {
		expect(parse('from=2023&to=2016').filters).toMatchObject({ from: 2016, to: 2023 });
	});
});

test('filtersQuery round-trips through parseFilters, and is empty for no filter', () => {
	const query =
		'?country=BFA,TCD&from=2017&institution=Minist%C3%A8re+de+la+D%C3%A9fense&method=open';
	const { filters } = parse(query.slice(1));
	expect(filtersQuery(filters)).toBe(query);
	expect(parse(filtersQuery(filters).slice(1)).filters).toEqual(filters);
	expect(filtersQuery(EMPTY_FILTERS)).toBe('');
});

describe('filterWhere', () => {
	test('applies only the filters the table has columns for, values as parameters', () => {
		const { filters } = parse('country=MLI,NER&from=2018&category=capital&method=direct');
		expect(
			filterWhere(filters, { country: 'c.country', year: 'year(award_date)', method: 'method' })
		).toEqual({
			sql: 'WHERE c.country IN (?, ?) AND year(award_date) >= ? AND method = ?',
			params: ['MLI', 'NER', 2018, 'direct']
		});
		expect(filterWhere(EMPTY_FILTERS, { country: 'country' })).toEqual({ sql: '', params: [] });
	});

	test('an institution name full of SQL is only ever a value', async () => {
		const engine = await openNodeEngine();
		try {
			await engine.exec(
				`CREATE TABLE t AS SELECT * FROM (VALUES ('Police', 1), ('x'' OR 1=1 --', 2)) v(institution, n)`
			);
			const { filters } = parse(`institution=${encodeURIComponent("x' OR 1=1 --")}`);
			const where = filterWhere(filters, { institution: 'institution' });
			const rows = await engine.query(`SELECT n FROM t ${where.sql}`, where.params);
			// Only the row whose name is literally the payload: the payload did not widen the query.
			expect(rows).toEqual([{ n: 2 }]);
		} finally {
			await engine.close();
		}
	});
});
