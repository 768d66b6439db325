/**
 * One bench figure: a value, how to reproduce it, and where relevant a ratio against a baseline
 * measured in the same run (so the figure holds on a noisy machine).
 */
export interface Figure {
	group: string;
	name: string;
	value: number;
	unit: string;
	command: string;
	/** value ÷ baseline, and what the baseline is. */
	ratio?: { value: number; against: string };
	note?: string;
}

export const BENCH = 'npm run bench --';

/** Median of a small sample: robust to one slow run on a shared machine. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const kb = (bytes: number) => round(bytes / 1024, 1);
export const mb = (bytes: number) => round(bytes / 1024 ** 2, 2);

/** Times `work` in milliseconds. */
export async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
	const start = performance.now();
	const value = await work();
	return [value, performance.now() - start];
}

/** The figures as an aligned plain-text table. */
export function formatTable(figures: Figure[]): string {
	const rows = figures.map((f) => [
		f.group,
		f.name,
		Number.isNaN(f.value) ? 'not measured' : `${f.value.toLocaleString('en-US')} ${f.unit}`,
		f.ratio ? `${round(f.ratio.value, 3)}× ${f.ratio.against}` : '',
		f.command
	]);
	const header = ['group', 'figure', 'value', 'ratio', 'reproduce with'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	const notes = figures.filter((f) => f.note).map((f) => `  * ${f.name}: ${f.note}`);
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...notes].join(
		'\n'
	);
}
