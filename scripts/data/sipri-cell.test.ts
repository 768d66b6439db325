import { describe, expect, it } from 'vitest';
import { parseSipriCell } from './sipri-cell.ts';

describe('parseSipriCell', () => {
	it("reads '...' (2020s releases) and '. .' (older releases) as missing", () => {
		expect(parseSipriCell('...')).toEqual({ value: null, status: 'missing', markers: [] });
		expect(parseSipriCell('. .')).toEqual({ value: null, status: 'missing', markers: [] });
	});

	it('reads blank, whitespace-only and empty cells as missing', () => {
		expect(parseSipriCell(null).status).toBe('missing');
		expect(parseSipriCell('').status).toBe('missing');
		expect(parseSipriCell('   ').status).toBe('missing');
	});

	it("reads 'xxx' as not_independent with no value", () => {
		expect(parseSipriCell('xxx')).toEqual({ value: null, status: 'not_independent', markers: [] });
	});

	it('keeps numbers exactly, including a stored 0 (zero handling happens across sheets)', () => {
		expect(parseSipriCell(536.5739195854408)).toEqual({
			value: 536.5739195854408,
			status: 'ok',
			markers: []
		});
		expect(parseSipriCell(0)).toEqual({ value: 0, status: 'ok', markers: [] });
	});

	it('splits a footnote symbol off a numeric text cell', () => {
		expect(parseSipriCell('12.5 ‡')).toEqual({ value: 12.5, status: 'ok', markers: ['‡'] });
	});

	it('throws on an unknown symbol rather than guessing it means missing', () => {
		expect(() => parseSipriCell('n/a')).toThrow(/unrecognised/);
	});
});
