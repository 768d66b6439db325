import { describe, expect, test } from 'vitest';
import { MEASURES } from '../../trends/measures.ts';
import { buildSeries, unitFormat } from './chart-series.ts';

const usd = MEASURES.find((m) => m.id === 'usd_constant_2023')!;
const share = MEASURES.find((m) => m.id === 'share_gdp')!;
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('buildSeries', () => {
	test('one series per requested country, in order, with missing years kept as null', () => {
		const rows = [
			{ country: 'NER' as const, year: 2006, value: null, status: 'missing' },
			{ country: 'MLI' as const, year: 2006, value: 160.5, status: 'ok' },
			{ country: 'NER' as const, year: 2005, value: 50, status: 'ok' }
		];
		const series = buildSeries(rows, ['MLI', 'NER'], (c) => `name ${c}`);
		expect(series.map((s) => [s.key, s.label, s.points])).toEqual([
			['MLI', 'name MLI', [{ x: 2006, y: 160.5 }]],
			[
				'NER',
				'name NER',
				[
					{ x: 2006, y: null },
					{ x: 2005, y: 50 }
				]
			]
		]);
	});
});

describe('unitFormat', () => {
	test('US$ m values up to 1 234.5 are shown in millions in French', () => {
		const f = unitFormat(usd, 'USD', [12.3, 1234.5, null], 'fr', '%');
		expect(f.unitLabel).toBe('M$ US');
		expect(f.formatValue(1234.5)).toBe(`1${NNBSP}234,5${NBSP}M$ US`);
		expect(f.formatTick(1000)).toBe(`1${NNBSP}000`);
	});
	test('an axis topping out at 24 billion switches to billions with ticks in billions', () => {
		const f = unitFormat(usd, 'USD', [24_000], 'en', '%');
		expect(f.unitLabel).toBe('US$bn');
		expect(f.formatTick(5000)).toBe('5');
	});
	test('per-capita dollars below 10 get one-decimal ticks', () => {
		const perCapita = MEASURES.find((m) => m.id === 'per_capita_usd')!;
		const f = unitFormat(perCapita, 'USD', [8.2], 'en', '%');
		expect([f.unitLabel, f.formatTick(2.5), f.formatValue(8.25)]).toEqual(['US$', '2.5', 'US$8.3']);
	});
	test('fractions are shown as percentages', () => {
		const f = unitFormat(share, 'USD', [0.0221], 'fr', '%');
		expect(f.formatValue(0.0221)).toBe(`2,21${NNBSP}%`);
		expect(f.formatTick(0.015)).toBe('1,5');
	});
});
