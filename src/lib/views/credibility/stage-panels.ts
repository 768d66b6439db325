/**
 * Shapes the yearly stage totals into chart panels (one per country and currency: amounts in two
 * currencies are never drawn on one scale) and lays the panels out on the kit's geometry: a
 * grid of small multiples (`panelGrid`), years as bands with one band per stage nested inside
 * (`bandScale`), year labels thinned when bands get narrow (`thinLabels`). Pure.
 */
import type { ScaleBand, ScaleLinear } from 'd3';
import { bandScale, panelGrid, thinLabels, valueScale, type PanelGrid } from '../../charts/bars.ts';

export type Stage = 'approved' | 'revised' | 'executed';
export type StageBar = { year: number; values: Partial<Record<Stage, number | null>> };
export type StagePanel = { key: string; country: string; currency: string; bars: StageBar[] };

type TotalRow = { country: string; currency: string; year: number } & Partial<
	Record<Stage, number | null>
>;

/** Groups rows (sorted by country, currency, year) into panels, keeping only `stages`. */
export function buildStagePanels(rows: TotalRow[], stages: readonly Stage[]): StagePanel[] {
	const panels = new Map<string, StagePanel>();
	for (const row of rows) {
		const key = `${row.country}:${row.currency}`;
		let panel = panels.get(key);
		if (!panel) {
			panel = { key, country: row.country, currency: row.currency, bars: [] };
			panels.set(key, panel);
		}
		const values: StageBar['values'] = {};
		for (const stage of stages) values[stage] = row[stage] ?? null;
		panel.bars.push({ year: row.year, values });
	}
	return [...panels.values()];
}

export const STAGE_PANEL = {
	header: 30,
	plot: 84,
	axis: 16,
	gap: 18,
	/** Room for the ticks (left) and the panel's edge (right). */
	left: 42,
	right: 6,
	minWidth: 300
} as const;

export type StageLayout = {
	grid: PanelGrid;
	/** Year → x within a panel. */
	x: ScaleBand<number>;
	/** Stage → x within a year's band. */
	inner: ScaleBand<Stage>;
	/** Years written under the bars. */
	years: number[];
	/** Value → y within a panel's plot, for a panel's largest value (or the shared one). */
	y: (max: number) => ScaleLinear<number, number>;
	height: number;
};

export function stageLayout(
	panels: readonly StagePanel[],
	stages: readonly Stage[],
	width: number
): StageLayout {
	const years = [...new Set(panels.flatMap((p) => p.bars.map((b) => b.year)))].sort(
		(a, b) => a - b
	);
	const grid = panelGrid(panels.length, width, {
		minWidth: STAGE_PANEL.minWidth,
		panelHeight: STAGE_PANEL.header + STAGE_PANEL.plot + STAGE_PANEL.axis,
		gap: STAGE_PANEL.gap,
		maxColumns: 3
	});
	const right = Math.max(STAGE_PANEL.left + 1, grid.panelWidth - STAGE_PANEL.right);
	const x = bandScale(years, [STAGE_PANEL.left, right], { inner: 0.25, outer: 0.1 });
	return {
		grid,
		x,
		inner: bandScale(stages, [0, x.bandwidth()], { inner: 0.08, outer: 0 }),
		years: thinLabels(years, x.step(), 30),
		y: (max) => valueScale([0, max > 0 ? max : 1], [STAGE_PANEL.plot, 0]).nice(4),
		height: grid.height
	};
}

/** The largest stage value of a panel. */
export const panelMax = (p: StagePanel, stages: readonly Stage[]) =>
	Math.max(0, ...p.bars.flatMap((b) => stages.map((s) => b.values[s] ?? 0)));
