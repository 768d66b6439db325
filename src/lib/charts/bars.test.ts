import { describe, expect, test } from 'vitest';
import {
	bandScale,
	barSpan,
	panelGrid,
	shareMax,
	stackParts,
	symmetricExtent,
	thinLabels,
	valueScale
} from './bars.ts';

describe('barSpan', () => {
	const x = valueScale([-0.2, 0.2], [0, 400]); // zero at 200 px, 1 000 px per unit
	test('a positive bar starts at zero, a negative one ends there (diverging bars)', () => {
		expect(barSpan(x, 0.05)).toEqual({ start: 200, size: 50 });
		expect(barSpan(x, -0.1)).toEqual({ start: 100, size: 100 });
	});
	test('a missing value is a zero-length bar at zero, never a bar of zero', () => {
		expect(barSpan(x, null)).toEqual({ start: 200, size: 0 });
		expect(barSpan(x, Number.NaN)).toEqual({ start: 200, size: 0 });
	});
	test('on a y scale (0 at the bottom) the bar starts at its top', () => {
		const y = valueScale([0, 1], [100, 0]);
		expect(barSpan(y, 0.25)).toEqual({ start: 75, size: 25 });
	});
});

test('valueScale gives a flat domain a unit span rather than dividing by zero', () => {
	expect(valueScale([0, 0], [0, 10]).domain()).toEqual([0, 1]);
});

test('bandScale pads between and around bands', () => {
	const x = bandScale([2020, 2021], [0, 100], { inner: 0, outer: 0 });
	expect([x(2020), x(2021), x.bandwidth()]).toEqual([0, 50, 50]);
});

test('symmetricExtent: the largest |value|, at least the floor, plus 5 %', () => {
	expect(symmetricExtent([0.1, -0.3, null])).toBeCloseTo(0.315, 10);
	expect(symmetricExtent([0.01])).toBeCloseTo(0.0525, 10);
});

test('shareMax tops the largest value or threshold with 18 % room, at most 100 %', () => {
	expect(shareMax([0.05, null, 0.1], [0.08])).toBeCloseTo(0.118, 10);
	expect(shareMax([0.95])).toBe(1);
	expect(shareMax([null, 0])).toBe(0.1);
});

describe('stackParts', () => {
	const parts = [
		{ key: 'open', value: 30 },
		{ key: 'limited', value: null },
		{ key: 'direct', value: 10 }
	];
	test('raw: segments bottom up, missing and zero parts skipped', () => {
		expect(stackParts(parts)).toEqual([
			{ key: 'open', value: 30, y0: 0, y1: 30 },
			{ key: 'direct', value: 10, y0: 30, y1: 40 }
		]);
	});
	test('normalised: shares of the total (30 ÷ 40 = 0.75), a 100 % bar', () => {
		expect(stackParts(parts, true).map((s) => [s.key, s.y0, s.y1])).toEqual([
			['open', 0, 0.75],
			['direct', 0.75, 1]
		]);
		expect(stackParts([{ key: 'open', value: 0 }], true)).toEqual([]);
	});
});

describe('panelGrid', () => {
	test('as many columns as fit, each panel at its corner, rows stacked with gaps', () => {
		// (700 + 20) ÷ (200 + 20) = 3.3 → 3 columns of (700 − 40) ÷ 3 = 220 px
		const grid = panelGrid(5, 700, { minWidth: 200, panelHeight: 100, gap: 20 });
		expect([grid.columns, grid.rows, grid.panelWidth, grid.height]).toEqual([3, 2, 220, 220]);
		expect(grid.at(4)).toEqual({ x: 240, y: 120 });
	});
	test('never more columns than panels or than asked, at least one', () => {
		expect(panelGrid(2, 2000, { minWidth: 100, panelHeight: 10 }).columns).toBe(2);
		expect(panelGrid(9, 2000, { minWidth: 100, panelHeight: 10, maxColumns: 3 }).columns).toBe(3);
		expect(panelGrid(3, 50, { minWidth: 100, panelHeight: 10 }).columns).toBe(1);
	});
});

test('thinLabels keeps every k-th band counted from the last, k giving the spacing', () => {
	const years = [2016, 2017, 2018, 2019, 2020];
	expect(thinLabels(years, 40, 30)).toEqual(years);
	// 14 px per band, 30 px wanted → every 3rd: 2020, 2017
	expect(thinLabels(years, 14, 30)).toEqual([2017, 2020]);
});
