/**
 * Geometry of the share charts: small multiples, one panel per country in a grid (one row of five
 * on a desktop, one column on a phone), every panel on the same year axis and the same share
 * scale so they compare at a glance; only the first column writes the scale's ticks. Pure.
 */
import type { ScaleBand, ScaleLinear } from 'd3';
import { bandScale, panelGrid, thinLabels, valueScale, type PanelGrid } from '../../charts/bars.ts';

export const PANEL = {
	header: 20,
	plot: 88,
	axis: 14,
	note: 13,
	gap: 18,
	/** Room for the shared scale's ticks, left, and the threshold labels, right. */
	left: 36,
	right: 30,
	/** Five countries fit one row on a desktop (1088 px: five panels of ~203 px). */
	minWidth: 190
} as const;

export type ShareLayout = {
	grid: PanelGrid;
	/** Year → x within a panel. */
	x: ScaleBand<number>;
	/** Share → y within a panel's plot (0 at the bottom). */
	y: ScaleLinear<number, number>;
	/** Top of the plot within a panel (under the country's name). */
	plotTop: number;
	/** Years written under the bars. */
	years: number[];
	/** Whether bars are far enough apart for their value above them. */
	hasValueLabels: boolean;
	/** Whether the notes under the bars (one or two body letters) fit. */
	hasNoteLabels: boolean;
	height: number;
};

export function shareLayout(
	countries: string[],
	years: number[],
	width: number,
	yMax: number,
	hasNotes: boolean
): ShareLayout {
	const panelHeight = PANEL.header + PANEL.plot + PANEL.axis + (hasNotes ? PANEL.note : 0);
	const grid = panelGrid(countries.length, width, {
		minWidth: PANEL.minWidth,
		panelHeight,
		gap: PANEL.gap,
		maxColumns: 5
	});
	const x = bandScale(years, [PANEL.left, Math.max(PANEL.left + 1, grid.panelWidth - PANEL.right)]);
	return {
		grid,
		x,
		y: valueScale([0, yMax > 0 ? yMax : 1], [PANEL.plot, 0]),
		plotTop: PANEL.header,
		years: thinLabels(years, x.step(), 30),
		// « 14,7 % » at 10.5 px is about 35 px wide
		hasValueLabels: x.step() >= 40,
		// « C I » at 9 px is about 15 px wide
		hasNoteLabels: x.step() >= 14,
		height: grid.height
	};
}
