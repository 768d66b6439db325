import { describe, expect, it } from 'vitest';
import { bandScore, scorePefaPi1, scorePefaPi2, scoreTwoOfThree } from './score-bands.ts';

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
	it('stays undecided when a missing year could still make the score', () => {
		expect(scorePefaPi1([1.0, null, 1.3])).toBeNull();
		expect(scorePefaPi1([1.0, 1.0, null])).toBe('A');
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
	});
});
