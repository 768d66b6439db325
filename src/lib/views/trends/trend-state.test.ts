import { describe, expect, test } from 'vitest';
import { defaultTrendState, parseTrendState, trendStateQuery } from './trend-state.ts';

const years = { first: 1960, last: 2024 };

describe('trend view URL state', () => {
	test('an empty query gives constant US$ over the whole period and growth 2005 → last year', () => {
		expect(parseTrendState(new URLSearchParams(''), years)).toEqual({
			state: {
				measure: 'usd_constant_2023',
				from: 1960,
				to: 2024,
				gfrom: 2005,
				gto: 2024,
				map: 'share_gdp',
				events: 'regime'
			},
			rejected: []
		});
	});
	test('a valid query round-trips through trendStateQuery', () => {
		const query = '?measure=share_gdp&from=2000&gfrom=2010&gto=2019&map=growth&events=NER';
		const { state } = parseTrendState(new URLSearchParams(query), years);
		expect(state).toEqual({
			measure: 'share_gdp',
			from: 2000,
			to: 2024,
			gfrom: 2010,
			gto: 2019,
			map: 'growth',
			events: 'NER'
		});
		expect(trendStateQuery(state, years)).toBe(query);
	});
	test('hostile or out-of-range values are ignored and reported, the rest is kept', () => {
		const query = "?measure=%3Cscript%3E&from=1900&to=2019'%20OR%201=1&gfrom=2010&map=lcu_current";
		const { state, rejected } = parseTrendState(new URLSearchParams(query), years);
		expect(state).toEqual({ ...defaultTrendState(years), gfrom: 2010 });
		// Local currency cannot colour one map: CFA francs and ouguiyas do not compare.
		expect(rejected).toEqual(['measure', 'map', 'from', 'to']);
	});
	test('events: off, a G5 country (any case), or the default; anything else is reported', () => {
		const parse = (q: string) => parseTrendState(new URLSearchParams(q), years);
		expect(parse('events=off').state.events).toBe('off');
		expect(parse('events=ner').state.events).toBe('NER');
		expect(trendStateQuery(parse('events=ner').state, years)).toBe('?events=NER');
		expect(trendStateQuery(parse('events=regime').state, years)).toBe('');
		expect(parse('events=SEN')).toEqual({ state: defaultTrendState(years), rejected: ['events'] });
	});
	test('a reversed display range is swapped; a reversed growth range falls back to the default', () => {
		const { state, rejected } = parseTrendState(
			new URLSearchParams('from=2020&to=2000&gfrom=2019&gto=2005'),
			years
		);
		expect([state.from, state.to, state.gfrom, state.gto]).toEqual([2000, 2020, 2005, 2024]);
		expect(rejected).toEqual(['gfrom', 'gto']);
	});
});
