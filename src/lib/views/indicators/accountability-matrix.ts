/**
 * The accountability-gap matrix (countries × years) from the `accountability-gap` indicator's
 * rows: each cell keeps its four parts visible (growth, audit coverage, secret share,
 * non-competitive share) beside the verdict the two axes decide. Pure, for testing.
 */
import type { IndicatorResult } from '../../indicators/define-indicator.ts';

export const MATRIX_PARTS = [
	'spending_growth',
	'audit_coverage',
	'classified_share',
	'non_competitive_share'
] as const;
export type MatrixPart = (typeof MATRIX_PARTS)[number];

export type MatrixCell = {
	/** gap | rising_covered | low_oversight | covered, or null when an axis is missing. */
	verdict: string | null;
	parts: Partial<Record<MatrixPart, number | null>>;
};

export type Matrix = { countries: string[]; years: number[]; cells: Map<string, MatrixCell> };

export const cellKey = (country: string, year: number) => `${country}|${year}`;

export function buildMatrix(results: IndicatorResult[]): Matrix {
	const rows = results.filter((r) => r.id === 'accountability-gap');
	const cells = new Map<string, MatrixCell>();
	for (const r of rows) {
		const key = cellKey(r.country, r.year);
		const cell = cells.get(key) ?? { verdict: null, parts: {} };
		if (r.measure && (MATRIX_PARTS as readonly string[]).includes(r.measure))
			cell.parts[r.measure as MatrixPart] = r.value;
		cell.verdict ??= r.score ?? null;
		cells.set(key, cell);
	}
	const countries = [...new Set(rows.map((r) => r.country))].sort();
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	return { countries, years, cells };
}
