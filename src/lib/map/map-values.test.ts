import { expect, test } from 'vitest';
import { growthValues, valuesAtYear } from './map-values.ts';
import type { SeriesPoint } from '../trends/series.ts';

const point = (
	country: SeriesPoint['country'],
	year: number,
	value: number | null
): SeriesPoint => ({
	country,
	year,
	value,
	status: value === null ? 'missing' : ''
});

test('each country gets its value at the year, or its latest earlier one, never a later one', () => {
	const points = [
		point('MLI', 2022, 0.031),
		point('MLI', 2023, 0.034),
		point('NER', 2022, 0.021),
		point('NER', 2023, null),
		point('TCD', 2024, 0.05)
	];
	expect(valuesAtYear(points, 2023)).toEqual([
		{ country: 'BFA', value: null, year: null },
		{ country: 'MLI', value: 0.034, year: 2023 },
		{ country: 'MRT', value: null, year: null },
		{ country: 'NER', value: 0.021, year: 2022 },
		{ country: 'TCD', value: null, year: null }
	]);
});

test('growth values come per country from the growth rows; the G5 aggregate is not a country', () => {
	const rows = [
		{ country: 'G5' as const, v_from: 1, v_to: 2, growth: 1, cagr: 0.1 },
		{ country: 'MLI' as const, v_from: 100, v_to: 250, growth: 1.5, cagr: 0.07 },
		{ country: 'MRT' as const, v_from: null, v_to: 20, growth: null, cagr: null }
	];
	const values = growthValues(rows, 2019);
	expect(values.find((v) => v.country === 'MLI')).toEqual({
		country: 'MLI',
		value: 1.5,
		year: 2019
	});
	expect(values.find((v) => v.country === 'MRT')).toEqual({
		country: 'MRT',
		value: null,
		year: null
	});
	expect(values).toHaveLength(5);
});
