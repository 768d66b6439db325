import { expect, test } from 'vitest';
import { makeDrill, part } from './drill-codec.ts';
import { exploreQuery, ignoredParams, readExploreUrl } from './explore-url.ts';

const grammar = { classified: [part.country, part.year] };
const read = (query: string) => readExploreUrl(new URLSearchParams(query), grammar);

test('filters and drill are read together; the filter key ignores the drill', () => {
	const url = read('drill=classified:MLI:2021&country=MLI&from=2020');
	expect(url.filters).toMatchObject({ country: ['MLI'], from: 2020 });
	expect(url.filterKey).toBe('?country=MLI&from=2020');
	expect(url.drill).toEqual({ status: 'valid', drill: makeDrill('classified', 'MLI', 2021) });
	expect(url.ignored).toEqual([]);
});

test('an invalid drill is named with the invalid filters', () => {
	const url = read('country=XXX&drill=classified-MLI-2021');
	expect(url.ignored).toEqual(['country', 'drill']);
	expect(url.drill.status).toBe('invalid');
});

test('a stale drill is named the same way, once', () => {
	const url = read('drill=classified:MLI:2021');
	expect(ignoredParams(url, false)).toEqual([]);
	expect(ignoredParams(url, true)).toEqual(['drill']);
	const invalid = read('drill=nope');
	expect(ignoredParams(invalid, true)).toEqual(['drill']);
});

test('the query keeps colons and commas readable and round-trips', () => {
	const { filters } = read('country=NER,MLI');
	const query = exploreQuery(filters, makeDrill('classified', 'MLI', 2021));
	expect(query).toBe('?country=MLI,NER&drill=classified:MLI:2021');
	expect(read(query.slice(1)).drill.status).toBe('valid');
	expect(exploreQuery(filters)).toBe('?country=MLI,NER');
});
