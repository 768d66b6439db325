import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from './define-indicator.ts';
import {
	bandScore,
	scoreOverThreeYears,
	scorePefaPi1,
	scorePefaPi2,
	scoreTwoOfThree
} from './score-bands.ts';

describe('bandScore', () => {
	const bands = [
		{ score: 'low', atMost: 0.01 },
		{ score: 'high', above: 0.01 }
	];
	it('returns the first band whose conditions hold, inclusive bounds as declared', () => {
		expect(bandScore(0.01, bands)).toBe('low');
		expect(bandScore(0.0100001, bands)).toBe('high');
	});
	it('returns null for a missing value', () => {
		expect(bandScore(null, bands)).toBeNull();
	});
});

describe('scorePefaPi1', () => {
	it('gives A for 95-105% in two of three years, bounds included', () => {
		expect(scorePefaPi1([0.95, 1.05, 0.5])).toBe('A');
	});
	it('gives C when only 85-115% holds twice', () => {
		expect(scorePefaPi1([0.86, 1.14, 1.0])).toBe('C');
	});
	it('gives D when no band holds in two years', () => {
		expect(scorePefaPi1([0.7, 1.3, 1.0])).toBe('D');
	});
	it('refuses to score with fewer than three years of values, even when the letter is known', () => {
		expect(scorePefaPi1([1.0, null, 1.3])).toBeNull();
		// two A years would give A whatever the third: still no score, PEFA needs three years
		expect(scorePefaPi1([1.0, 1.0, null])).toBeNull();
		expect(scorePefaPi1([0.7, 1.3, null])).toBeNull();
	});
});

describe('scorePefaPi2', () => {
	it('uses strict upper bounds: 5% variance is B, not A', () => {
		expect(scorePefaPi2([0.05, 0.05, 0.01])).toBe('B');
		expect(scorePefaPi2([0.049, 0.01, 0.3])).toBe('A');
	});
});

describe('scoreTwoOfThree', () => {
	it('treats a shorter series as missing years', () => {
		expect(scoreTwoOfThree([1.0], [{ score: 'A', atLeast: 0.95 }])).toBeNull();
		expect(scoreTwoOfThree([1.0, 1.0], [{ score: 'A', atLeast: 0.95 }])).toBeNull();
	});
});

describe('scoreOverThreeYears', () => {
	const row = (year: number, value: number | null): IndicatorResult => ({
		id: 'pefa-pi1-aggregate-outturn',
		country: 'BFA',
		year,
		value,
		unit: 'ratio'
	});
	it('gives the letter with the three years it was decided on', () => {
		// 2019 1.00 (A), 2020 0.91 (B), 2021 0.97 (A): A in two of 2019–2021 -> A
		const scored = scoreOverThreeYears(
			[row(2019, 1), row(2020, 0.91), row(2021, 0.97)],
			scorePefaPi1
		);
		expect(scored[2]).toMatchObject({ score: 'A', scoredYears: [2019, 2020, 2021] });
		// 2019 and 2020 lack two earlier years: no letter, no years
		expect(scored[0]!.score).toBeUndefined();
		expect(scored[1]!.scoredYears).toBeUndefined();
	});
	it('does not reach back over a gap: 2018, 2020, 2021 are not three consecutive years', () => {
		const scored = scoreOverThreeYears([row(2018, 1), row(2020, 1), row(2021, 1)], scorePefaPi1);
		expect(scored.every((r) => r.score === undefined)).toBe(true);
	});
});
