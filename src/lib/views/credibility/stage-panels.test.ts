import { expect, test } from 'vitest';
import { buildStagePanels, gridColumns, labelledYears } from './stage-panels.ts';

test('panels split by country and currency, keeping only the stages asked for', () => {
	const panels = buildStagePanels(
		[
			{ country: 'MRT', currency: 'MRO', year: 2017, approved: 1, revised: 2, executed: 3 },
			{ country: 'MRT', currency: 'MRU', year: 2018, approved: 4, revised: null, executed: 6 },
			{ country: 'MRT', currency: 'MRU', year: 2019, approved: 7, revised: 8, executed: 9 }
		],
		['approved', 'executed']
	);
	expect(panels.map((p) => p.key)).toEqual(['MRT.MRO', 'MRT.MRU']);
	expect(panels[1]!.bars).toEqual([
		{ year: 2018, values: { approved: 4, executed: 6 } },
		{ year: 2019, values: { approved: 7, executed: 9 } }
	]);
});

test('the grid uses about 340 px per panel and at least one column', () => {
	expect(gridColumns(1280, 5)).toBe(3); // 1280 / 340 = 3.76
	expect(gridColumns(360, 5)).toBe(1);
	expect(gridColumns(1280, 2)).toBe(2);
});

test('narrow bands label every other year, always including the last', () => {
	// 9 years in 20 px bands: step = ceil(38 / 20) = 2 → 2024, 2022, …, 2016
	const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
	expect(labelledYears(years, 20)).toEqual([2016, 2018, 2020, 2022, 2024]);
	expect(labelledYears(years, 50)).toEqual(years);
});
