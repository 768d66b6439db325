import { describe, expect, test } from 'vitest';
import {
	gdiBandLevel,
	gdiLevel,
	growthLevel,
	obsLevel,
	oversightLevel,
	pefaLevel
} from './levels.ts';

describe('part levels and their cut-offs', () => {
	test('PEFA grades: B and above strong, C medium, D weak, not rated gives no level', () => {
		expect(['A', 'B+', 'B', 'C+', 'C', 'D+', 'D', 'D*'].map(pefaLevel)).toEqual([
			...['strong', 'strong', 'strong', 'medium', 'medium'],
			...['weak', 'weak', 'weak']
		]);
		expect(['NR', 'NA', 'NU', '', null].map(pefaLevel)).toEqual([null, null, null, null, null]);
	});

	test('OBS on the rounded score: 40.4 → 40 weak, 40.5 → 41 medium, 60.4 medium, 60.5 strong', () => {
		expect([40.4, 40.5, 60.4, 60.5, 0, 100].map(obsLevel)).toEqual([
			'weak',
			'medium',
			'medium',
			'strong',
			'weak',
			'strong'
		]);
		// Burkina Faso 2023: 38.83 → 39, weak; Niger 2023 legislature 49.92 → 50, medium
		expect([obsLevel(38.833333333333336), obsLevel(49.91666666666666)]).toEqual(['weak', 'medium']);
		expect(obsLevel(null)).toBeNull();
	});

	test('GDI question: 0–32 weak, 33–66 medium, 67–100 strong (Q26 = 0 is weak)', () => {
		expect([0, 32, 33, 66, 67].map(gdiLevel)).toEqual([
			'weak',
			'weak',
			'medium',
			'medium',
			'strong'
		]);
	});

	test('growth: −0.1 % a year falling, 4.99 % moderate, 5 % high, missing unknown', () => {
		expect([-0.001, 0, 0.0499, 0.05, null].map(growthLevel)).toEqual([
			'falling',
			'moderate',
			'moderate',
			'high',
			null
		]);
	});

	test('oversight: half weak is weak, half strong without weak is strong, one part is too few', () => {
		expect(oversightLevel(['weak', 'strong'])).toBe('weak'); // tie: 1 of 2 weak
		expect(oversightLevel(['weak', 'medium', 'medium', 'strong'])).toBe('medium'); // 1 of 4 weak
		expect(oversightLevel(['strong', 'strong', 'medium', 'medium'])).toBe('strong');
		expect(oversightLevel(['strong', 'medium', 'medium'])).toBe('medium'); // 1 of 3 strong
		expect(oversightLevel(['weak', null, null, null])).toBeNull();
	});

	test('GDI overall band: A, B strong; C medium; D, E, F weak (Burkina Faso 2020: F)', () => {
		expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', null].map(gdiBandLevel)).toEqual([
			...['strong', 'strong', 'medium', 'weak', 'weak', 'weak'],
			...[null, null]
		]);
	});
});
