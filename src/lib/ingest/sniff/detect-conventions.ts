/**
 * Number and date conventions, from the cells of the sample: each cell votes for the
 * conventions it is compatible with; the most supported wins. `1 234,5` (any space: U+0020,
 * U+00A0, U+202F) → space_comma; `1.234,5` → dot_comma; `1,234.5` → comma_dot.
 */
import type { Detected } from './detect-encoding.ts';
import type { DateFormat, NumberFormat } from '../check/sql-cells.ts';

const NUMBER_LIKE =
	/^[-+]?[\d \u00a0\u202f.,]*\d[\d \u00a0\u202f.,]*(\s*(f ?cfa|xof|xaf|mru|usd|eur))?$/i;

function numberVotes(cell: string): NumberFormat[] {
	const s = cell.replace(/[a-z€$]+/gi, '').trim();
	if (/\d[ \u00a0\u202f]\d{3}(?!\d)/.test(s)) return ['space_comma'];
	if (/\d\.\d{3}\.\d{3}|\d\.\d{3},\d/.test(s)) return ['dot_comma'];
	if (/\d,\d{3},\d{3}|\d,\d{3}\.\d/.test(s)) return ['comma_dot'];
	if (/,(\d{1,2}|\d{4,})$/.test(s)) return ['space_comma', 'dot_comma'];
	if (/\.(\d{1,2}|\d{4,})$/.test(s)) return ['comma_dot'];
	return [];
}

/** Number convention of the sample rows; `delimiter` breaks ties (`;` files are French). */
export function detectNumberFormat(rows: string[][], delimiter: string): Detected<NumberFormat> {
	const order: NumberFormat[] =
		delimiter === ','
			? ['comma_dot', 'space_comma', 'dot_comma']
			: ['space_comma', 'dot_comma', 'comma_dot'];
	const scores = new Map<NumberFormat, number>(order.map((f) => [f, 0]));
	let voters = 0;
	for (const row of rows)
		for (const cell of row) {
			if (!NUMBER_LIKE.test(cell.trim())) continue;
			const votes = numberVotes(cell);
			if (votes.length) voters++;
			for (const v of votes) scores.set(v, scores.get(v)! + 1);
		}
	const best = order.reduce((a, b) => (scores.get(b)! > scores.get(a)! ? b : a));
	// No evidence: a `;` file is most likely French (decimal comma), a `,` file English.
	return { value: best, confidence: voters ? round2(scores.get(best)! / voters) : 0.3 };
}

/** `dd/mm/yyyy` or ISO dates, by majority of the sample cells that look like dates. */
export function detectDateFormat(rows: string[][]): Detected<DateFormat> {
	let dmy = 0;
	let ymd = 0;
	for (const row of rows)
		for (const cell of row) {
			const s = cell.trim();
			if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(s)) dmy++;
			else if (/^\d{4}[-/]\d{2}[-/]\d{2}/.test(s)) ymd++;
		}
	if (dmy + ymd === 0) return { value: 'ymd', confidence: 0 };
	const value: DateFormat = dmy > ymd ? 'dmy' : 'ymd';
	return { value, confidence: round2(Math.max(dmy, ymd) / (dmy + ymd)) };
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}
