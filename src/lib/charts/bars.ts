/**
 * Geometry every bar chart shares, pure so it is unit-tested (as LayerCake keeps its maths out of
 * components): band and value scales, the rectangle of a bar drawn from zero (either way, so
 * diverging bars need nothing else), stacks (raw or 100 %), the grid of small multiples that
 * share one scale, and which band labels to print when bands get narrow.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';

/** Bands for years, categories or ranks, `inner`/`outer` padding as fractions of a step. */
export function bandScale<K extends string | number>(
	keys: readonly K[],
	range: [number, number],
	padding: { inner?: number; outer?: number } = {}
): ScaleBand<K> {
	return scaleBand<K>()
		.domain(keys)
		.range(range)
		.paddingInner(padding.inner ?? 0.22)
		.paddingOuter(padding.outer ?? 0.1);
}

/** A linear value scale; an empty or flat domain gets a unit span so nothing divides by zero. */
export function valueScale(
	domain: [number, number],
	range: [number, number]
): ScaleLinear<number, number> {
	const [lo, hi] = domain;
	return scaleLinear()
		.domain(hi > lo ? [lo, hi] : [lo, lo + 1])
		.range(range);
}

/**
 * Where a bar of `value` starts along the value axis and how long it is: from the scale's zero
 * to the value, whichever side of zero it lies, so the same call draws diverging bars. A missing
 * value gives a zero-length bar at zero (the chart writes "n/a" beside it, never a zero bar
 * that would read as a value).
 */
export function barSpan(
	scale: (v: number) => number,
	value: number | null
): { start: number; size: number } {
	const zero = scale(0);
	if (value === null || !Number.isFinite(value)) return { start: zero, size: 0 };
	const end = scale(value);
	return { start: Math.min(zero, end), size: Math.abs(end - zero) };
}

/** Half-width of a symmetric domain around zero for diverging bars: the largest |value|, at least `floor`, plus 5 %. */
export function symmetricExtent(values: (number | null)[], floor = 0.05): number {
	const top = Math.max(floor, ...values.filter((v): v is number => v !== null).map(Math.abs));
	return top * 1.05;
}

/** The top of a 0–100 % scale: the largest value or threshold with room for labels above, at most 100 %. */
export function shareMax(values: (number | null)[], thresholds: number[] = []): number {
	const top = Math.max(0, ...values.filter((v): v is number => v !== null), ...thresholds);
	return top > 0 ? Math.min(1, top * 1.18) : 0.1;
}

export type StackPart<K> = { key: K; value: number | null };
export type Segment<K> = { key: K; value: number; y0: number; y1: number };

/**
 * One stacked bar, bottom up in the given order, skipping parts with no positive value. With
 * `normalize` the segments are shares of the bar's total (a 100 % bar); a bar with no total
 * has no segment.
 */
export function stackParts<K>(parts: StackPart<K>[], normalize = false): Segment<K>[] {
	const total = parts.reduce((s, p) => s + (p.value !== null && p.value > 0 ? p.value : 0), 0);
	if (normalize && total <= 0) return [];
	let y0 = 0;
	const out: Segment<K>[] = [];
	for (const part of parts) {
		if (part.value === null || part.value <= 0) continue;
		const size = normalize ? part.value / total : part.value;
		out.push({ key: part.key, value: part.value, y0, y1: y0 + size });
		y0 += size;
	}
	return out;
}

export type PanelGrid = {
	columns: number;
	rows: number;
	/** Width of one panel (the plot inside it is narrower by its own margins). */
	panelWidth: number;
	/** Top-left corner of panel `i`, left to right then top to bottom. */
	at: (i: number) => { x: number; y: number };
	height: number;
};

/**
 * Small multiples in a grid: as many columns as fit `minWidth` each (at most `count`, at most
 * `maxColumns`), every panel `panelHeight` tall with `gap` between. All panels share one scale,
 * so only the first column needs tick labels.
 */
export function panelGrid(
	count: number,
	width: number,
	options: { minWidth: number; panelHeight: number; gap?: number; maxColumns?: number }
): PanelGrid {
	const gap = options.gap ?? 16;
	const fit = Math.floor((width + gap) / (options.minWidth + gap));
	const columns = Math.max(1, Math.min(count || 1, fit, options.maxColumns ?? Infinity));
	const rows = Math.max(1, Math.ceil(count / columns));
	const panelWidth = (width - gap * (columns - 1)) / columns;
	return {
		columns,
		rows,
		panelWidth,
		at: (i) => ({
			x: (i % columns) * (panelWidth + gap),
			y: Math.floor(i / columns) * (options.panelHeight + gap)
		}),
		height: rows * options.panelHeight + (rows - 1) * gap
	};
}

/**
 * Which band labels to print so none collide: every `k`-th key, counted from the last one (the
 * latest year is the one a reader looks for), `k` the smallest step giving `minSpacing` px.
 */
export function thinLabels<K>(keys: readonly K[], step: number, minSpacing: number): K[] {
	const every = Math.max(1, Math.ceil(minSpacing / Math.max(step, 1)));
	return keys.filter((_, i) => (keys.length - 1 - i) % every === 0);
}

/**
 * The width charts are drawn at before the page measures them: the content column of a
 * 1280 px desktop screen. Prerendered pages (and pages read with JavaScript off) show charts at
 * this width, scaled to the screen by their viewBox; the browser then redraws them at their own.
 */
export const PRERENDER_WIDTH = 1088;
