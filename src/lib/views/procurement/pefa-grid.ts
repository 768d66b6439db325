/**
 * The PEFA PI-24 score grid: one row per assessment (country A–Z, oldest first), one column per
 * score — PI-24 itself, then its four dimensions —, each cell its letter on a colour that orders
 * A to D (blue for the better half, orange for the weaker; the letter is always written, colour
 * is never alone). Geometry and rows only; pure, for testing.
 */
import type { PefaScore } from '../../governance/scores.ts';
import { PI24_CODES } from '../../procurement/procurement-real.ts';

export type Assessment = {
	key: string;
	country: string;
	year: number;
	/** Code (`PI-24.2`) → its score row, when the assessment has it. */
	scores: Partial<Record<string, PefaScore>>;
	note: string;
};

export function assessments(pefa: readonly PefaScore[]): Assessment[] {
	const out = new Map<string, Assessment>();
	for (const s of pefa) {
		const key = `${s.country}-${s.year}`;
		const a = out.get(key) ?? { key, country: s.country, year: s.year, scores: {}, note: s.note };
		a.scores[s.code] = s;
		out.set(key, a);
	}
	return [...out.values()].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
}

/** Fill and text colour of a letter: A–D in order, anything else (NR, NA, NU) grey. */
export function scoreColour(score: string): { fill: string; text: string } {
	switch (score.charAt(0)) {
		case 'A':
			return { fill: '#08519c', text: '#ffffff' };
		case 'B':
			return { fill: '#9ecae1', text: '#08306b' };
		case 'C':
			return { fill: '#fdd0a2', text: '#7f2704' };
		case 'D':
			return { fill: '#a63603', text: '#ffffff' };
		default:
			return { fill: '#eeeeee', text: '#333333' };
	}
}

export const GRID = { row: 26, header: 34, gap: 3 } as const;

export type GridLayout = {
	narrow: boolean;
	labelWidth: number;
	cellWidth: number;
	/** Left edge of column `i`. */
	x: (i: number) => number;
	/** Top of row `i` (under the header). */
	y: (i: number) => number;
	height: number;
};

export function gridLayout(rows: number, width: number): GridLayout {
	const narrow = width < 560;
	const labelWidth = narrow ? 126 : 180;
	const cellWidth = Math.min(130, (width - labelWidth) / PI24_CODES.length);
	return {
		narrow,
		labelWidth,
		cellWidth,
		x: (i) => labelWidth + i * cellWidth,
		y: (i) => GRID.header + i * GRID.row,
		height: GRID.header + rows * GRID.row
	};
}
