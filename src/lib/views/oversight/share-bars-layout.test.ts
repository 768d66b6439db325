import { expect, test } from 'vitest';
import { PANEL, shareLayout } from './share-bars-layout.ts';

const years = Array.from({ length: 9 }, (_, i) => 2016 + i);
const five = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];

test('on a desktop the five countries sit in one row, on one shared scale', () => {
	// (1088 + 18) ÷ (190 + 18) = 5.3 → 5 columns, 1 row; panel (1088 − 4 × 18) ÷ 5 = 203.2 px
	const layout = shareLayout(five, years, 1088, 0.2, false);
	expect([layout.grid.columns, layout.grid.rows]).toEqual([5, 1]);
	expect(layout.grid.panelWidth).toBeCloseTo(203.2, 9);
	// panel 20 + 88 + 14 = 122 px, one row
	expect(layout.height).toBe(122);
	expect(layout.grid.at(3).x).toBeCloseTo(3 * (203.2 + 18), 9);
	expect(layout.grid.at(3).y).toBe(0);
	expect([layout.y(0), layout.y(0.2)]).toEqual([PANEL.plot, 0]);
	// plot 203.2 − 36 − 30 = 137.2 px ÷ 8.98 steps ≈ 15.3 px a year: no values over the bars
	// (the readout and the table give them), every other year labelled from the latest
	expect(layout.hasValueLabels).toBe(false);
	expect(layout.years).toEqual([2016, 2018, 2020, 2022, 2024]);
	// a tablet (736 px): three columns, two rows
	expect(shareLayout(five, years, 736, 0.2, false).grid.columns).toBe(3);
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
