import { expect, test } from 'vitest';
import { PANEL, shareLayout } from './share-bars-layout.ts';

const years = Array.from({ length: 9 }, (_, i) => 2016 + i);
const five = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];

test('on a desktop the five countries sit in two columns of one shared scale', () => {
	// (1088 + 18) ÷ (400 + 18) = 2.6 → 2 columns, 3 rows; panel (1088 − 18) ÷ 2 = 535 px
	const layout = shareLayout(five, years, 1088, 0.2, false);
	expect([layout.grid.columns, layout.grid.rows, layout.grid.panelWidth]).toEqual([2, 3, 535]);
	// panel 20 + 88 + 14 = 122 px; 3 rows + 2 gaps of 18 = 402 px
	expect(layout.height).toBe(402);
	expect(layout.grid.at(3)).toEqual({ x: 553, y: 140 });
	expect([layout.y(0), layout.y(0.2)]).toEqual([PANEL.plot, 0]);
	expect(layout.hasValueLabels).toBe(true);
	expect(layout.years).toEqual(years);
});

test('on a phone one column; bars too close for values, years thinned below 30 px', () => {
	// 358 px: one column; plot 358 − 36 − 30 = 292 px ÷ 9.08 steps ≈ 32 px per year
	const layout = shareLayout(five, years, 358, 0.2, true);
	expect(layout.grid.columns).toBe(1);
	expect(layout.hasValueLabels).toBe(false);
	expect(layout.years).toEqual(years);
	// with a note line: 135 px per panel, 5 panels, 4 gaps
	expect(layout.height).toBe(5 * 135 + 4 * 18);
	// 300 px: plot 234 px ÷ 9.08 ≈ 26 px: every other year, counted from the latest
	expect(shareLayout(five, years, 300, 0.2, true).years).toEqual([2016, 2018, 2020, 2022, 2024]);
});
