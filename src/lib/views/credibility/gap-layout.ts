/**
 * Geometry of the gap charts on the kit: one panel per country (and currency) in a grid of small
 * multiples, every panel on one symmetric scale around zero (`symmetricExtent`, `valueScale`) so
 * a gap reads the same everywhere, one row per institution or category, the gap's value written
 * right of the plot. When every panel lists the same rows in the same order (the five economic
 * categories), their names are written once, left of each grid row, and the panels sit side by
 * side; otherwise each panel names its own rows. On a narrow chart the names go above the bars.
 * Pure.
 */
import type { ScaleLinear } from 'd3';
import { panelGrid, symmetricExtent, valueScale, type PanelGrid } from '../../charts/bars.ts';
import type { StageGap } from '../../credibility/stage-gaps.ts';

export const GAP_PANEL = {
	header: 20,
	/** The scale's tick labels above the rows. */
	axis: 16,
	row: 20,
	/** A narrow panel's row: its name, then its bar. */
	stackedRow: 32,
	bar: 12,
	gap: 18,
	/** Room right of the plot for the gap's value (`+12,3 %`). */
	value: 48,
	minPlot: 118
} as const;

export type GapGroup = { key: string; country: string; currency: string; gaps: StageGap[] };

export type GapLayout = {
	groups: GapGroup[];
	grid: PanelGrid;
	/** Where the grid of panels starts (right of the shared names). */
	offset: number;
	/** Whether panel `i` writes its rows' names (left of its plot, or above the bars). */
	hasNames: (i: number) => boolean;
	/** Share → x within a panel, the same for every panel. */
	x: ScaleLinear<number, number>;
	/** Width left of a panel's plot for its names (0: shared names, or names above the bars). */
	labelWidth: number;
	/** Width of the shared names column (0 when each panel names its rows). */
	sharedWidth: number;
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

const itemsOf = (g: GapGroup) => g.gaps.map((x) => x.item).join('\u0000');

/** `nameWidth`: the widest row name in px (estimated by the caller). */
export function gapLayout(gaps: readonly StageGap[], width: number, nameWidth: number): GapLayout {
	const groups = gapGroups(gaps);
	const rows = Math.max(1, ...groups.map((g) => g.gaps.length));
	const names = nameWidth + 8;
	const panel = GAP_PANEL.minPlot + GAP_PANEL.value;
	const isStacked = width < names + panel;
	const isShared =
		!isStacked && groups.length > 1 && groups.every((g) => itemsOf(g) === itemsOf(groups[0]!));
	const sharedWidth = isShared ? names : 0;
	const labelWidth = isStacked || isShared ? 0 : names;
	const row = isStacked ? GAP_PANEL.stackedRow : GAP_PANEL.row;
	const grid = panelGrid(groups.length, width - sharedWidth, {
		minWidth: isStacked ? width : labelWidth + panel,
		panelHeight: GAP_PANEL.header + GAP_PANEL.axis + rows * row,
		gap: GAP_PANEL.gap,
		maxColumns: 5
	});
	const d = symmetricExtent(gaps.flatMap((g) => [g.gap_share, g.revised_share]));
	return {
		groups,
		grid,
		offset: sharedWidth,
		hasNames: (i) => !isShared || i % grid.columns === 0,
		x: valueScale([-d, d], [labelWidth, grid.panelWidth - GAP_PANEL.value]),
		labelWidth,
		sharedWidth,
		row,
		barTop: row - GAP_PANEL.bar - (isStacked ? 2 : (row - GAP_PANEL.bar) / 2),
		height: grid.height
	};
}
