/**
 * Pure scoring helpers. Single-year bands (PEFA PI-24.2, GDI secret spending) are lists of
 * conditions; PEFA PI-1/PI-2 scores need "at least two of the last three years" and are given
 * only when all three years have a value: PEFA scores on the last three completed fiscal years,
 * and a score read off two years would claim more than the data hold.
 */
import type { IndicatorResult } from './define-indicator.ts';

/** A band matches when every condition given holds; lists are read first match wins. */
export interface Band {
	score: string;
	atLeast?: number;
	above?: number;
	atMost?: number;
	below?: number;
}

export function isInBand(value: number, band: Band): boolean {
	return (
		(band.atLeast === undefined || value >= band.atLeast) &&
		(band.above === undefined || value > band.above) &&
		(band.atMost === undefined || value <= band.atMost) &&
		(band.below === undefined || value < band.below)
	);
}

/** First band `value` falls in; `null` for a missing value or no band. */
export function bandScore(value: number | null, bands: readonly Band[]): string | null {
	if (value === null) return null;
	return bands.find((band) => isInBand(value, band))?.score ?? null;
}

/**
 * PEFA 2016 scoring for "X in at least two of the last three years": the best band met in
 * two of the three years, `fallback` (D) when none is, and `null` — no score — unless exactly
 * three years all have a value, even when the missing year could not change the letter.
 */
export function scoreTwoOfThree(
	values: readonly (number | null)[],
	bands: readonly Band[],
	fallback = 'D'
): string | null {
	if (values.length !== 3 || values.some((v) => v === null)) return null;
	const known = values as readonly number[];
	for (const band of bands) {
		if (known.filter((v) => isInBand(v, band)).length >= 2) return band.score;
	}
	return fallback;
}

/** PEFA 2016 PI-1 bands on executed ÷ approved (ranges inclusive). */
export const PEFA_PI1_BANDS: Band[] = [
	{ score: 'A', atLeast: 0.95, atMost: 1.05 },
	{ score: 'B', atLeast: 0.9, atMost: 1.1 },
	{ score: 'C', atLeast: 0.85, atMost: 1.15 }
];

/** PEFA 2016 PI-2.1/2.2 bands on composition variance. */
export const PEFA_PI2_BANDS: Band[] = [
	{ score: 'A', below: 0.05 },
	{ score: 'B', below: 0.1 },
	{ score: 'C', below: 0.15 }
];

/** PI-1 score from the outturn ratios of the three years ending in the scored year. */
export const scorePefaPi1 = (values: readonly (number | null)[]) =>
	scoreTwoOfThree(values, PEFA_PI1_BANDS);

/** PI-2 score from the composition variances of the three years ending in the scored year. */
export const scorePefaPi2 = (values: readonly (number | null)[]) =>
	scoreTwoOfThree(values, PEFA_PI2_BANDS);

/**
 * Scores each row from the values of its series (same country, group and measure) in years
 * year−2, year−1 and year, and records those three years (`scoredYears`) beside the letter;
 * a year absent from the rows counts as missing, and then no row gets a letter.
 */
export function scoreOverThreeYears(
	rows: IndicatorResult[],
	scorer: (values: readonly (number | null)[]) => string | null
): IndicatorResult[] {
	const key = (r: IndicatorResult, year: number) =>
		[r.country, r.group?.by, r.group?.name, r.measure, year].join('\u0000');
	const byKey = new Map(rows.map((r) => [key(r, r.year), r.value]));
	return rows.map((row) => {
		const years = [row.year - 2, row.year - 1, row.year];
		const score = scorer(years.map((y) => byKey.get(key(row, y)) ?? null));
		return score === null ? row : { ...row, score, scoredYears: years };
	});
}
