import { expect, test } from 'vitest';
import { drillValue, grammarProblems, readDrill } from '../explore/drill-codec.ts';
import { PROCUREMENT_DRILLS, procurementDrill, toDrill } from './procurement-drill.ts';

test('reads every kind of mark and writes it back the same', () => {
	for (const raw of [
		'bar:2021:direct',
		'bar:2022:derogation',
		'derog:2019',
		'flag:single',
		'supplier:alpha equipements',
		'flagged:amount:3'
	]) {
		const read = readDrill(raw, PROCUREMENT_DRILLS);
		expect(read.status, raw).toBe('valid');
		expect(drillValue(toDrill(procurementDrill(read.drill!)))).toBe(raw);
	}
	// the table's page counts from 1 in the URL, from 0 in the query
	expect(procurementDrill(readDrill('flagged:date:1', PROCUREMENT_DRILLS).drill!)).toEqual({
		kind: 'flagged',
		sort: 'date',
		page: 0
	});
	expect(grammarProblems(PROCUREMENT_DRILLS)).toEqual([]);
});

test('refuses anything else, hostile text included', () => {
	for (const raw of [
		"bar:2021:direct' OR 1=1 --",
		'bar:21:direct',
		'bar:2021:cash',
		'bar:2021',
		'derog:2021:direct',
		'flag:__proto__',
		'flag:constructor',
		'supplier:<script>alert(1)</script>',
		'supplier:Alpha  SARL',
		'supplier:alpha:beta',
		`supplier:${'a'.repeat(200)}`,
		'flagged:amount:0',
		'flagged:amount:-1',
		'flagged:price:1',
		'flagged:amount'
	])
		expect(readDrill(raw, PROCUREMENT_DRILLS).status, raw).toBe('invalid');
});
