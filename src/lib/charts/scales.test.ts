import { describe, expect, test } from 'vitest';
import {
	buildXScale,
	buildYScale,
	dodgeLabels,
	isolatedPoints,
	lastDefined,
	linePath
} from './scales.ts';

const margin = { top: 10, right: 10, bottom: 20, left: 40 };

describe('scales', () => {
	test('buildXScale maps the first and last year to the plot edges', () => {
		const x = buildXScale([2000, 2010, 2024], 500, margin);
		expect([x(2000), x(2024)]).toEqual([40, 490]);
	});
	test('buildYScale starts at zero and rounds the top up, ignoring missing values', () => {
		const y = buildYScale([12, null, 87], 220, margin);
		expect(y.domain()).toEqual([0, 100]);
		expect(y(0)).toBe(200);
	});
});

describe('linePath', () => {
	test('a missing year breaks the line into two segments (two M commands), never drops to zero', () => {
		const path = linePath(
			[
				{ x: 0, y: 1 },
				{ x: 1, y: 2 },
				{ x: 2, y: null },
				{ x: 3, y: 4 },
				{ x: 4, y: 5 }
			],
			(v) => v * 10,
			(v) => v
		);
		expect(path.match(/M/g)?.length).toBe(2);
		expect(path).toBe('M0,1L10,2M30,4L40,5');
	});
	test('isolatedPoints finds values with no defined neighbour', () => {
		const pts = [
			{ x: 0, y: 1 },
			{ x: 1, y: null },
			{ x: 2, y: 3 },
			{ x: 3, y: null },
			{ x: 4, y: 5 },
			{ x: 5, y: 6 }
		];
		expect(isolatedPoints(pts).map((p) => p.x)).toEqual([0, 2]);
	});
	test('lastDefined skips trailing missing values', () => {
		expect(
			lastDefined([
				{ x: 1, y: 3 },
				{ x: 2, y: 4 },
				{ x: 3, y: null }
			])
		).toEqual({ x: 2, y: 4 });
		expect(lastDefined([{ x: 1, y: null }])).toBeUndefined();
	});
});

describe('dodgeLabels', () => {
	test('labels closer than the gap are pushed apart, order kept', () => {
		// 100 and 104 are 4 px apart; with a 12 px gap the second moves to 112.
		expect(dodgeLabels([104, 100, 300], 12, 0, 400)).toEqual([112, 100, 300]);
	});
	test('a block that overflows the bottom is shifted back up', () => {
		// 390, 395 → 390, 402; overflow 2 → 388, 400.
		expect(dodgeLabels([390, 395], 12, 0, 400)).toEqual([388, 400]);
	});
});
