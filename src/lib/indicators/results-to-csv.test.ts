import { describe, expect, it } from 'vitest';
import { resultsToCsv } from './results-to-csv.ts';

describe('resultsToCsv', () => {
	it('writes one flat row per result, quoting names with commas and leaving missing fields empty', () => {
		const csv = resultsToCsv([
			{
				id: 'supplier-concentration',
				country: 'BFA',
				year: 2023,
				value: 0.4,
				unit: 'share',
				measure: 'top1',
				group: { by: 'buyer', name: 'Ministère de la Défense, DAF' },
				coverage: { n: 6, total: 7 }
			},
			{
				id: 'milex-growth',
				country: 'G5',
				year: 2024,
				value: null,
				unit: 'growth',
				fromYear: 2014
			},
			{
				id: 'pefa-pi2-composition-variance',
				country: 'NER',
				year: 2022,
				value: 0.03,
				unit: 'share',
				measure: 'category',
				score: 'A',
				scoredYears: [2020, 2021, 2022]
			}
		]);
		expect(csv.split('\n')).toEqual([
			'id,country,year,from_year,measure,group_by,group_name,value,unit,score,score_years,coverage_n,coverage_total',
			'supplier-concentration,BFA,2023,,top1,buyer,"Ministère de la Défense, DAF",0.4,share,,,6,7',
			'milex-growth,G5,2024,2014,,,,,growth,,,,',
			'pefa-pi2-composition-variance,NER,2022,,category,,,0.03,share,A,2020 2021 2022,,',
			''
		]);
	});
});
