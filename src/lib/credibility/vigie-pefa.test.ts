import { expect, test } from 'vitest';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { latestVigiePefa, PI1_ID, PI2_ID } from './vigie-pefa.ts';

const pi1 = (country: string, year: number, value: number, score?: string): IndicatorResult => ({
	id: PI1_ID,
	country,
	year,
	value,
	unit: 'ratio',
	...(score ? { score, scoredYears: [year - 2, year - 1, year] } : {})
});
const pi2 = (country: string, year: number, measure: string, score: string): IndicatorResult => ({
	id: PI2_ID,
	country,
	year,
	value: 0.04,
	unit: 'share',
	measure,
	score,
	scoredYears: [year - 2, year - 1, year]
});

test('each country’s latest scored year, with that year’s PI-2 results beside PI-1', () => {
	const rows = latestVigiePefa([
		pi1('MLI', 2022, 1.01, 'A'),
		pi1('MLI', 2023, 0.97, 'A'),
		pi1('MLI', 2024, 0.8), // no letter: a year before it is missing
		pi2('MLI', 2023, 'institution', 'A'),
		pi2('MLI', 2023, 'category', 'C'),
		pi2('MLI', 2022, 'category', 'B'),
		pi1('NER', 2021, 1.2) // never scored: its latest value, without a letter
	]);
	expect(rows.map((r) => [r.country, r.year, r.pi1?.score, r.pi21?.score, r.pi22?.score])).toEqual([
		['MLI', 2023, 'A', 'A', 'C'],
		['NER', 2021, undefined, undefined, undefined]
	]);
	expect(rows[0]!.pi1?.scoredYears).toEqual([2021, 2022, 2023]);
});
