/**
 * Geometry of the method chart: one 100 % stacked bar per award year (methods from most to
 * least competitive, bottom up) and the derogation share as a line over the same 0–100 % axis.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { YearRow } from '$lib/procurement/overview.ts';
import { dodgeLabels, type Margin } from '$lib/charts/scales.ts';

export type Segment = { year: number; method: string; y0: number; y1: number; share: number };

/** The stacked segments of one year, bottom up, skipping methods with no value. */
export function stackYear(row: YearRow): Segment[] {
	let y0 = 0;
	const out: Segment[] = [];
	for (const cell of row.methods) {
		const share = cell.share ?? 0;
		if (share <= 0) continue;
		out.push({ year: row.year, method: cell.method, y0, y1: y0 + share, share });
		y0 += share;
	}
	return out;
}

export function methodScales(years: number[], width: number, height: number, margin: Margin) {
	const x = scaleBand<number>()
		.domain(years)
		.range([margin.left, width - margin.right])
		.padding(0.25);
	const y = scaleLinear()
		.domain([0, 1])
		.range([height - margin.bottom, margin.top]);
	return { x, y };
}

/**
 * Where the direct labels go, beside the last year's bar: each method at the middle of its
 * segment there (or in the last year that has it), plus any `extra` label (the derogation line's
 * end), moved apart by `gap` so no two overlap.
 */
export function methodLabelYs(
	rows: YearRow[],
	methods: readonly string[],
	y: (v: number) => number,
	gap: number,
	extra: { key: string; value: number }[] = []
): { key: string; y: number }[] {
	const mids: { key: string; y: number }[] = [];
	for (const method of methods) {
		const row = rows.findLast((r) => stackYear(r).some((s) => s.method === method));
		const seg = row && stackYear(row).find((s) => s.method === method);
		if (seg) mids.push({ key: method, y: y((seg.y0 + seg.y1) / 2) });
	}
	for (const e of extra) mids.push({ key: e.key, y: y(e.value) });
	const ys = dodgeLabels(
		mids.map((m) => m.y),
		gap,
		y(1),
		y(0)
	);
	return mids.map((m, i) => ({ key: m.key, y: ys[i] ?? m.y }));
}

/**
 * A direct label cut into lines of at most `maxChars` characters at spaces (a longer word stays
 * whole on its own line), so long names like « Régime dérogatoire / secret défense » fit the
 * margin beside the bars.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
