import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import { briefIndicatorRows } from './brief-indicators.ts';

const r = (
	country: string,
	year: number,
	value: number | null,
	extra: Partial<IndicatorResult> = {}
): IndicatorResult => ({ id: 'milex-burden', country, year, value, unit: 'share', ...extra });

describe('briefIndicatorRows', () => {
	it('keeps the latest year with a value per measure, with the G5 value of that same year', () => {
		const rows = briefIndicatorRows(
			[
				r('MLI', 2023, 0.038, { measure: 'share_gdp' }),
				// 2024 published for Mali but missing (null): 2023 is the latest value
				r('MLI', 2024, null, { measure: 'share_gdp' }),
				r('G5', 2023, 0.031, { measure: 'share_gdp' }),
				r('G5', 2024, 0.034, { measure: 'share_gdp' }),
				r('NER', 2024, 0.022, { measure: 'share_gdp' }),
				r('MLI', 2024, 38.5, { measure: 'per_capita_usd', unit: 'usd' })
			],
			'MLI'
		);
		expect(rows).toEqual([
			{
				id: 'milex-burden',
				measure: 'share_gdp',
				year: 2023,
				unit: 'share',
				value: 0.038,
				g5: 0.031,
				score: null
			},
			{
				id: 'milex-burden',
				measure: 'per_capita_usd',
				year: 2024,
				unit: 'usd',
				value: 38.5,
				g5: null,
				score: null
			}
		]);
	});

	it('matches a compound growth with the G5 row of the same period, and keeps scores', () => {
		const cagr = { id: 'milex-growth', measure: 'cagr', unit: 'growth' as const, fromYear: 2014 };
		const rows = briefIndicatorRows(
			[
				r('MLI', 2024, 0.159, { ...cagr, score: 'B' }),
				r('G5', 2024, 0.3, { ...cagr, fromYear: 2010 }),
				r('G5', 2024, 0.11, cagr)
			],
			'MLI'
		);
		expect(rows).toEqual([
			{
				id: 'milex-growth',
				measure: 'cagr',
				year: 2024,
				fromYear: 2014,
				unit: 'growth',
				value: 0.159,
				g5: 0.11,
				score: 'B'
			}
		]);
	});
});
