import { describe, expect, test } from 'vitest';
import {
	formatGrowth,
	formatMoney,
	formatNumber,
	formatPercent,
	formatDate,
	moneyUnitLabel,
	pickScale
} from './number.ts';

// French Intl uses U+202F (narrow no-break space) to group thousands.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMoney', () => {
	test("formatMoney(1_234_500_000, 'USD', 'fr', 1e6) reads 1 234,5 M$ US", () => {
		expect(formatMoney(1_234_500_000, 'USD', 'fr', 1e6)).toBe(`1${NNBSP}234,5${NBSP}M$ US`);
	});
	test("formatMoney(45.6e9, 'XOF', 'fr') picks billions: 45,6 Mds FCFA", () => {
		expect(formatMoney(45.6e9, 'XOF', 'fr')).toBe(`45,6${NBSP}Mds${NBSP}FCFA`);
	});
	test('Chad (XAF) is also written FCFA in French, CFAF in English', () => {
		expect(formatMoney(2e10, 'XAF', 'fr')).toBe(`20,0${NBSP}Mds${NBSP}FCFA`);
		expect(formatMoney(2e10, 'XAF', 'en')).toBe(`CFAF${NBSP}20.0bn`);
	});
	test("formatMoney(1_234_500_000, 'USD', 'en', 1e6) reads US$1,234.5m", () => {
		expect(formatMoney(1_234_500_000, 'USD', 'en', 1e6)).toBe('US$1,234.5m');
	});
	test('small amounts keep no scale word', () => {
		expect(formatMoney(12.34, 'USD', 'fr')).toBe(`12,3${NBSP}$ US`);
	});
});

describe('scales and units', () => {
	test('pickScale keeps at least two integer digits: 9 999 → units, 25 000 → k, 3e10 → Mds', () => {
		expect([
			pickScale(9999),
			pickScale(25_000),
			pickScale(2.5e7),
			pickScale(1.2345e9),
			pickScale(-3e10)
		]).toEqual([1, 1e3, 1e6, 1e6, 1e9]);
	});
	test("billions of US dollars are 'Md$ US' in French", () => {
		expect(formatMoney(2.5e10, 'USD', 'fr')).toBe(`25,0${NBSP}Md$ US`);
	});
	test('moneyUnitLabel names the axis unit', () => {
		expect(moneyUnitLabel('USD', 'fr', 1e6)).toBe('M$ US');
		expect(moneyUnitLabel('XOF', 'fr', 1e9)).toBe('Mds FCFA');
		expect(moneyUnitLabel('USD', 'en', 1e6)).toBe('US$m');
	});
});

describe('percent and growth', () => {
	test("formatPercent(0.0138, 'fr') reads 1,4 % with a narrow no-break space", () => {
		expect(formatPercent(0.0138, 'fr')).toBe(`1,4${NNBSP}%`);
		expect(formatPercent(0.0138, 'en')).toBe('1.4%');
	});
	test('formatGrowth signs the value with a true minus sign', () => {
		expect(formatGrowth(2.45, 'fr')).toBe(`+245,0${NNBSP}%`);
		expect(formatGrowth(-0.125, 'en')).toBe('−12.5%');
	});
	test('formatNumber groups thousands per locale', () => {
		expect(formatNumber(1234567.89, 'fr', 2)).toBe(`1${NNBSP}234${NNBSP}567,89`);
		expect(formatNumber(1234567.89, 'en', 0)).toBe('1,234,568');
	});
});

describe('formatDate', () => {
	test("formatDate('2024-02-23') reads 23 févr. 2024 / 23 Feb 2024, long: 23 février 2024", () => {
		expect(formatDate('2024-02-23', 'fr')).toBe('23 févr. 2024');
		expect(formatDate('2024-02-23', 'en')).toBe('23 Feb 2024');
		expect(formatDate('2024-02-23', 'fr', 'long')).toBe('23 février 2024');
	});
	test('the day never shifts with the time zone: 1 January stays 1 January', () => {
		expect(formatDate('2024-01-01', 'en', 'long')).toBe('1 January 2024');
	});
});
