/**
 * Field delimiter: the candidate that splits the sample's lines into the same number (more than
 * one) of fields most consistently. Papaparse does the splitting, so quoted delimiters count right.
 */
import Papa from 'papaparse';
import type { Detected } from './detect-encoding.ts';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Delimiter of the decoded `sample`, with the share of lines that agree on the field count. */
export function detectDelimiter(sample: string): Detected<Delimiter> {
	const scored = DELIMITERS.map((delimiter) => {
		const rows = Papa.parse<string[]>(sample, {
			delimiter,
			preview: 50,
			skipEmptyLines: true
		}).data;
		const counts = rows.map((r) => r.length);
		const mode = modeOf(counts);
		const consistency = counts.length ? counts.filter((c) => c === mode).length / counts.length : 0;
		return { delimiter, mode, score: mode > 1 ? consistency : 0 };
	}).sort((a, b) => b.score - a.score || b.mode - a.mode);
	const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
	if (best.score === 0) return { value: ',', confidence: 0 };
	const isTied = second.score === best.score;
	return { value: best.delimiter, confidence: round2(isTied ? best.score / 2 : best.score) };
}

function modeOf(values: number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best = 0;
	let bestCount = 0;
	for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
	return best;
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}
