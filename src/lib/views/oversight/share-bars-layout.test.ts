import { expect, test } from 'vitest';
import { PANEL, shareBarsLayout, shareMax } from './share-bars-layout.ts';

test('panels are stacked one per country, each header + plot + gap tall', () => {
	const layout = shareBarsLayout(['MLI', 'NER'], [2020, 2021], 400, 0.2, false);
	// step = header 20 + plot 84 + year axis 14 + gap 12 = 130
	expect(layout.tops.get('NER')).toBe(130);
	expect(layout.height).toBe(2 * 130 - PANEL.gap);
	expect(layout.y(0)).toBe(PANEL.plot);
	expect(layout.y(0.2)).toBe(0);
});

test('value labels are dropped and years thinned when bars get narrow', () => {
	const years = Array.from({ length: 20 }, (_, i) => 2000 + i);
	const wide = shareBarsLayout(['MLI'], years, 1200, 1, false);
	expect([wide.hasValueLabels, wide.yearEvery]).toEqual([true, 1]);
	// (360 − 52) px ÷ 20.1 steps ≈ 15 px per year: no value labels, one year in two
	const narrow = shareBarsLayout(['MLI'], years, 360, 1, false);
	expect([narrow.hasValueLabels, narrow.yearEvery]).toEqual([false, 2]);
});

test('a panel with notes is one note line taller', () => {
	const layout = shareBarsLayout(['MLI', 'NER'], [2020], 400, 1, true);
	expect(layout.tops.get('NER')).toBe(130 + PANEL.note);
});

test('the scale tops the largest value or threshold with 18 % head room, at most 100 %', () => {
	expect(shareMax([0.05, null, 0.1], [0.08])).toBeCloseTo(0.118, 10);
	expect(shareMax([0.02], [0.08])).toBeCloseTo(0.0944, 10);
	expect(shareMax([0.95])).toBe(1);
	expect(shareMax([null, 0])).toBe(0.1);
});
