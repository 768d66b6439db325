import { describe, expect, it } from 'vitest';
import { flagZeroAsMissing, type SeriesRow } from './flag-zero-as-missing.ts';

const row = (country: string, year: number, series: string, value: number | null): SeriesRow => ({
	country,
	year,
	series,
	value,
	status: value === null ? 'missing' : 'ok'
});
const MONEY = ['usd_current', 'usd_constant_2023'];
const RATIO = ['share_gdp', 'per_capita_usd'];

describe('flagZeroAsMissing', () => {
	it('turns a money 0 into zero_as_missing when that year’s share of GDP is missing', () => {
		// Mauritania 2007 in the 2025 release: 0 in money sheets, "..." in share of GDP.
		const out = flagZeroAsMissing(
			[row('MRT', 2007, 'usd_constant_2023', 0), row('MRT', 2007, 'share_gdp', null)],
			MONEY,
			RATIO
		);
		expect(out[0]).toEqual({
			country: 'MRT',
			year: 2007,
			series: 'usd_constant_2023',
			value: null,
			status: 'zero_as_missing'
		});
	});

	it('also uses per capita, which is what reveals Mauritania 2004 current US$', () => {
		const rows = [
			row('MRT', 2004, 'usd_current', 0),
			row('MRT', 2004, 'share_gdp', 0.0384),
			row('MRT', 2004, 'per_capita_usd', null)
		];
		expect(flagZeroAsMissing(rows, MONEY, RATIO)[0]?.status).toBe('zero_as_missing');
	});

	it('keeps a 0 whose ratios are present, as for a country without armed forces', () => {
		const rows = [
			row('CRI', 2010, 'usd_current', 0),
			row('CRI', 2010, 'share_gdp', 0),
			row('CRI', 2010, 'per_capita_usd', 0)
		];
		expect(flagZeroAsMissing(rows, MONEY, RATIO)[0]).toEqual(rows[0]);
	});

	it('leaves non-zero money values and ratio rows untouched even when a ratio is missing', () => {
		const rows = [
			row('MRT', 2007, 'usd_current', 5),
			row('MRT', 2007, 'share_gdp', null),
			row('MRT', 2008, 'share_gdp', 0)
		];
		expect(flagZeroAsMissing(rows, MONEY, RATIO)).toEqual(rows);
	});
});
