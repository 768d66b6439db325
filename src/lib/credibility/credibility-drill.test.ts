import { expect, test } from 'vitest';
import { drillValue, grammarProblems, readDrill } from '../explore/drill-codec.ts';
import { EMPTY_FILTERS } from '../explore/filters.ts';
import {
	CREDIBILITY_DRILLS,
	credibilityDrill,
	drillInFilters,
	toDrill,
	type CredibilityDrill
} from './credibility-drill.ts';

const read = (raw: string) => {
	const r = readDrill(raw, CREDIBILITY_DRILLS);
	return r.drill ? credibilityDrill(r.drill) : null;
};

test('the grammar is well formed: the institution, free text, comes last', () => {
	expect(grammarProblems(CREDIBILITY_DRILLS)).toEqual([]);
});

test('each mark’s drill survives the round trip through the URL, colons and dots in names included', () => {
	const drills: CredibilityDrill[] = [
		{ kind: 'year', country: 'MLI', currency: 'XOF', year: 2021 },
		{ kind: 'category', country: 'TCD', currency: 'XAF', item: 'capital' },
		{ kind: 'institution', country: 'NER', currency: 'USD', item: 'Min. Défense : cabinet' },
		{ kind: 'sources', country: 'BFA', year: 2023 }
	];
	for (const d of drills) expect(read(drillValue(toDrill(d)))).toEqual(d);
	expect(drillValue(toDrill(drills[0]!))).toBe('year:MLI:XOF:2021');
	expect(drillValue(toDrill(drills[3]!))).toBe('sources:BFA:2023');
});

test('hostile, malformed or old-style drills are refused, not passed on', () => {
	for (const raw of [
		'year.MLI.XOF.2021', // the grammar before the codec: dots
		'year:MLI:XOF:21',
		"year:MLI:XOF:2021'--",
		'category:MLI:XOF:weapons',
		'table:MLI:XOF:x',
		'year:XXX:XOF:2021',
		'year:MLI:xof:2021',
		'institution:MLI:XOF:',
		'institution:MLI:XOF:a\u0000b',
		'sources:MLI',
		'sources:MLI:2021:x',
		'<script>'
	])
		expect(read(raw), raw).toBeNull();
});

test('a drill is outside the filters when its country, year or basis is not shown', () => {
	const f = (patch: Partial<typeof EMPTY_FILTERS>) => ({ ...EMPTY_FILTERS, ...patch });
	const year: CredibilityDrill = { kind: 'year', country: 'MLI', currency: 'XOF', year: 2021 };
	expect(drillInFilters(year, f({}))).toBe(true);
	expect(drillInFilters(year, f({ country: ['NER'] }))).toBe(false);
	expect(drillInFilters(year, f({ from: 2022 }))).toBe(false);
	// a local-currency bar is not on the page in dollars, and the reverse
	expect(drillInFilters(year, f({ basis: 'usd' }))).toBe(false);
	const usd: CredibilityDrill = {
		kind: 'category',
		country: 'MLI',
		currency: 'USD',
		item: 'capital'
	};
	expect(drillInFilters(usd, f({ basis: 'usd', from: 2030 }))).toBe(true); // gap rows span the years
	// real figures have no basis
	const sources: CredibilityDrill = { kind: 'sources', country: 'BFA', year: 2023 };
	expect(drillInFilters(sources, f({ basis: 'usd' }))).toBe(true);
	expect(drillInFilters(sources, f({ to: 2022 }))).toBe(false);
});
