import { expect, test } from 'vitest';
import { buildStagePanels, panelMax, stageLayout } from './stage-panels.ts';

const rows = [
	{ country: 'MRT', currency: 'MRO', year: 2017, approved: 1, revised: 2, executed: 3 },
	{ country: 'MRT', currency: 'MRU', year: 2018, approved: 4, revised: null, executed: 6 },
	{ country: 'MRT', currency: 'MRU', year: 2019, approved: 7, revised: 8, executed: 9 }
];

test('panels split by country and currency, keeping only the stages asked for', () => {
	const panels = buildStagePanels(rows, ['approved', 'executed']);
	expect(panels.map((p) => p.key)).toEqual(['MRT:MRO', 'MRT:MRU']);
	expect(panels[1]!.bars).toEqual([
		{ year: 2018, values: { approved: 4, executed: 6 } },
		{ year: 2019, values: { approved: 7, executed: 9 } }
	]);
	expect(panelMax(panels[1]!, ['approved', 'executed'])).toBe(9);
});

test('five panels: three columns at 1,088 px, one on a phone; stages nest in the year bands', () => {
	const five = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'].flatMap((c) =>
		[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
			country: c,
			currency: 'XOF',
			year,
			approved: 1,
			revised: 1,
			executed: 1
		}))
	);
	const panels = buildStagePanels(five, ['approved', 'revised', 'executed']);
	const wide = stageLayout(panels, ['approved', 'revised', 'executed'], 1088);
	// (1088 + 18) ÷ (300 + 18) = 3.5 → 3 columns, 2 rows of 30 + 84 + 16 = 130 px and a gap: 278
	expect([wide.grid.columns, wide.grid.rows, wide.height]).toEqual([3, 2, 278]);
	expect(wide.inner.domain()).toEqual(['approved', 'revised', 'executed']);
	expect(wide.inner.range()).toEqual([0, wide.x.bandwidth()]);
	// a panel of (1088 − 36) ÷ 3 = 350.7 px: 9 years in bands of 33.8 px ≥ 30, every year labelled
	expect(wide.years).toHaveLength(9);
	const phone = stageLayout(panels, ['approved', 'revised', 'executed'], 350);
	expect([phone.grid.columns, phone.grid.rows]).toEqual([1, 5]);
	// the y scale is rounded up to nice ticks
	expect(wide.y(9.3e9).domain()).toEqual([0, 1e10]);
});
