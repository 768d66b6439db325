/**
 * Geometry of the small-multiple share bars: one panel per country, stacked, sharing the year
 * axis and the share scale so panels compare at a glance. Pure, for testing.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';

export const PANEL = {
	header: 20,
	plot: 84,
	axis: 14,
	note: 14,
	gap: 12,
	left: 6,
	right: 46
} as const;

export type ShareBarsLayout = {
	x: ScaleBand<number>;
	/** Share → y within a panel's plot (0 at the bottom). */
	y: ScaleLinear<number, number>;
	/** Top of each country's panel (its header line). */
	tops: Map<string, number>;
	height: number;
	/** Whether bars are wide enough for a value label above them. */
	hasValueLabels: boolean;
	/** Every how many years a year is written under the bars (1, or 2 when they are narrow). */
	yearEvery: number;
};

export function shareBarsLayout(
	countries: string[],
	years: number[],
	width: number,
	yMax: number,
	hasNotes: boolean
): ShareBarsLayout {
	const x = scaleBand<number>()
		.domain(years)
		.range([PANEL.left, Math.max(PANEL.left + 1, width - PANEL.right)])
		.paddingInner(0.22)
		.paddingOuter(0.1);
	const y = scaleLinear()
		.domain([0, yMax > 0 ? yMax : 1])
		.range([PANEL.plot, 0]);
	const step = PANEL.header + PANEL.plot + PANEL.axis + (hasNotes ? PANEL.note : 0) + PANEL.gap;
	const tops = new Map(countries.map((c, i) => [c, i * step]));
	return {
		x,
		y,
		tops,
		height: Math.max(step * countries.length - PANEL.gap, 40),
		hasValueLabels: x.bandwidth() >= 24,
		yearEvery: x.step() >= 28 ? 1 : 2
	};
}

/** The top of the share scale: the largest value or threshold, with room for labels. */
export function shareMax(values: (number | null)[], thresholds: number[] = []): number {
	const top = Math.max(0, ...values.filter((v): v is number => v !== null), ...thresholds);
	return top > 0 ? Math.min(1, top * 1.18) : 0.1;
}
