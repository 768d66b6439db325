/**
 * Pure chart geometry, kept out of components so it can be unit-tested (as LayerCake does).
 */
import { extent, max as d3max } from 'd3';
import { scaleLinear, type ScaleLinear } from 'd3';
import { line } from 'd3';

export type Margin = { top: number; right: number; bottom: number; left: number };
export type Point = { x: number; y: number | null };

/** Linear x scale over the years shown. */
export function buildXScale(
	xs: number[],
	width: number,
	margin: Margin
): ScaleLinear<number, number> {
	const [lo = 0, hi = 1] = extent(xs);
	return scaleLinear()
		.domain([lo, hi === lo ? lo + 1 : hi])
		.range([margin.left, width - margin.right]);
}

/** Linear y scale from zero (spending is never negative) to a rounded maximum. */
export function buildYScale(
	ys: (number | null)[],
	height: number,
	margin: Margin
): ScaleLinear<number, number> {
	const top = d3max(ys.filter((y): y is number => y !== null)) ?? 1;
	return scaleLinear()
		.domain([0, top > 0 ? top : 1])
		.nice(5)
		.range([height - margin.bottom, margin.top]);
}

/** An SVG path through the points, broken wherever a value is missing: a gap, not a zero. */
export function linePath(
	points: Point[],
	x: (v: number) => number,
	y: (v: number) => number
): string {
	return (
		line<Point>()
			.defined((p) => p.y !== null && Number.isFinite(p.y))
			.x((p) => x(p.x))
			.y((p) => y(p.y as number))(points) ?? ''
	);
}

/** Points with no defined neighbour: a line cannot show them, so they are drawn as dots. */
export function isolatedPoints(points: Point[]): Point[] {
	return points.filter((p, i) => {
		if (p.y === null) return false;
		const before = points[i - 1];
		const after = points[i + 1];
		return (!before || before.y === null) && (!after || after.y === null);
	});
}

/**
 * Moves direct labels apart vertically so none overlap: sorted by position, each label is
 * pushed down to at least `gap` below the previous one, then the block is shifted back up
 * if it overflows `bottom`. Returns positions in the input order.
 */
export function dodgeLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	let previous = -Infinity;
	for (const item of order) {
		item.y = Math.max(item.y, previous + gap, top);
		previous = item.y;
	}
	const overflow = previous - bottom;
	if (overflow > 0) for (const item of order) item.y -= overflow;
	const out = new Array<number>(ys.length);
	for (const item of order) out[item.i] = item.y;
	return out;
}

/** The last point with a value: where a series' direct label goes. */
export function lastDefined(points: Point[]): { x: number; y: number } | undefined {
	for (let i = points.length - 1; i >= 0; i--) {
		const p = points[i];
		if (p && p.y !== null) return { x: p.x, y: p.y };
	}
	return undefined;
}
