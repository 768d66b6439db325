/**
 * Geometry of the gap charts on the kit: one panel per country (and currency) in a grid of small
 * multiples, every panel on one symmetric scale around zero (`symmetricExtent`, `valueScale`) so
 * a gap reads the same everywhere, one row per institution or category, the gap's value written
 * right of the plot. On a narrow panel the row's name goes above its bar. Pure.
 */
import type { ScaleLinear } from 'd3';
import { panelGrid, symmetricExtent, valueScale, type PanelGrid } from '../../charts/bars.ts';
import type { StageGap } from '../../credibility/stage-gaps.ts';

export const GAP_PANEL = {
	header: 20,
	/** The scale's tick labels above the rows. */
	axis: 16,
	row: 24,
	/** A narrow panel's row: its name, then its bar. */
	stackedRow: 34,
	bar: 14,
	gap: 18,
	/** Room right of the plot for the gap's value (`+12,3 %`). */
	value: 50,
	minPlot: 150
} as const;

export type GapGroup = { key: string; country: string; currency: string; gaps: StageGap[] };

export type GapLayout = {
	groups: GapGroup[];
	grid: PanelGrid;
	/** Share → x within a panel, the same for every panel. */
	x: ScaleLinear<number, number>;
	/** Width left of the plot for the row names (0 when names sit above the bars). */
	labelWidth: number;
	/** Height of one row, and the bar's top within it. */
	row: number;
	barTop: number;
	height: number;
};

/** Groups gaps (sorted by country, currency, item) by country and currency. */
export function gapGroups(gaps: readonly StageGap[]): GapGroup[] {
	const groups = new Map<string, GapGroup>();
	for (const g of gaps) {
		const key = `${g.country}:${g.currency}`;
		const group = groups.get(key) ?? { key, country: g.country, currency: g.currency, gaps: [] };
		groups.set(key, group);
		group.gaps.push(g);
	}
	return [...groups.values()];
}

/** `nameWidth`: the widest row name in px (estimated by the caller). */
export function gapLayout(gaps: readonly StageGap[], width: number, nameWidth: number): GapLayout {
	const groups = gapGroups(gaps);
	const rows = Math.max(1, ...groups.map((g) => g.gaps.length));
	const wide = nameWidth + 8 + GAP_PANEL.minPlot + GAP_PANEL.value;
	// names beside the bars when one panel of that width fits, else above them
	const isStacked = width < wide;
	const row = isStacked ? GAP_PANEL.stackedRow : GAP_PANEL.row;
	const grid = panelGrid(groups.length, width, {
		minWidth: isStacked ? width : wide,
		panelHeight: GAP_PANEL.header + GAP_PANEL.axis + rows * row,
		gap: GAP_PANEL.gap,
		maxColumns: 3
	});
	const labelWidth = isStacked ? 0 : nameWidth + 8;
	const d = symmetricExtent(gaps.flatMap((g) => [g.gap_share, g.revised_share]));
	return {
		groups,
		grid,
		x: valueScale([-d, d], [labelWidth, grid.panelWidth - GAP_PANEL.value]),
		labelWidth,
		row,
		barTop: row - GAP_PANEL.bar - (isStacked ? 2 : (row - GAP_PANEL.bar) / 2),
		height: grid.height
	};
}
