import { expect, test } from 'vitest';
import { drillParam, parseDrill } from './drill-param.ts';

test('a drill survives the round trip through the URL, dots in names included', () => {
	const drill = {
		kind: 'institution',
		country: 'NER',
		currency: 'USD',
		value: 'Min. Défense'
	} as const;
	expect(parseDrill(drillParam(drill))).toEqual(drill);
	expect(parseDrill('year.MLI.XOF.2021')).toEqual({
		kind: 'year',
		country: 'MLI',
		currency: 'XOF',
		value: '2021'
	});
});

test('hostile or malformed drills are refused, not passed on', () => {
	for (const raw of [
		'year.MLI.XOF.21',
		"year.MLI.XOF.2021'--",
		'category.MLI.XOF.weapons',
		'table.MLI.XOF.x',
		'year.XXX.XOF.2021',
		'year.MLI.xof.2021',
		'institution.MLI.XOF.',
		'institution.MLI.XOF.a\u0000b',
		'<script>'
	])
		expect(parseDrill(raw), raw).toBeNull();
	expect(parseDrill(null)).toBeNull();
});
