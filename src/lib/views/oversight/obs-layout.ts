/**
 * The Open Budget Survey chart's panels and geometry: for each country, one panel of oversight
 * scores (legislature, audit institution, overall) and one of openness (transparency, public
 * participation), all on one 0–100 scale and one time axis, in a grid that fits the width (both
 * rows of five on a desktop). A country the survey does not cover keeps its panels, which say
 * so. Pure, for testing.
 */
import type { ScaleLinear } from 'd3';
import { panelGrid, valueScale, type PanelGrid } from '../../charts/bars.ts';
import type { ObsIndicator, ObsScore } from '../../governance/scores.ts';

export const OBS_GROUPS = {
	oversight: ['legislative_oversight', 'audit_oversight', 'oversight'],
	openness: ['transparency', 'participation']
} as const satisfies Record<string, readonly ObsIndicator[]>;
export type ObsGroup = keyof typeof OBS_GROUPS;

/** The dashes of the legend's line shapes (`marks/Legend.svelte`), drawn the same in the plot. */
export const DASH = { line: undefined, dashed: '5 3', dotted: '2 3' } as const;

/** One line style per series: colour (Okabe–Ito) and dash, so none rests on colour alone. */
export const OBS_STYLE: Record<
	ObsIndicator,
	{ colour: string; shape: 'line' | 'dashed' | 'dotted'; width: number }
> = {
	legislative_oversight: { colour: '#0072B2', shape: 'line', width: 2.5 },
	audit_oversight: { colour: '#D55E00', shape: 'dashed', width: 2.5 },
	oversight: { colour: '#333333', shape: 'dotted', width: 2 },
	transparency: { colour: '#009E73', shape: 'line', width: 2.5 },
	participation: { colour: '#7A3B69', shape: 'dashed', width: 2.5 }
};

/** `covered`: the survey covers the country at all; `rows` may still be empty (years shown). */
export type ObsPanel = { country: string; group: ObsGroup; rows: ObsScore[]; covered: boolean };

/** Oversight panels first, then openness, each in the countries' order. */
export function obsPanels(
	rows: ObsScore[],
	countries: readonly string[],
	surveyed: readonly string[]
): ObsPanel[] {
	return (Object.keys(OBS_GROUPS) as ObsGroup[]).flatMap((group) =>
		countries.map((country) => {
			const mine = rows.filter((r) => r.country === country);
			return {
				country,
				group,
				covered: surveyed.includes(country),
				rows: mine.filter((r) => (OBS_GROUPS[group] as readonly string[]).includes(r.indicator))
			};
		})
	);
}

export const OBS_PANEL = { header: 18, plot: 76, axis: 16, left: 30, right: 22, gap: 14, min: 170 };

export type ObsLayout = {
	grid: PanelGrid;
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	/** Years labelled under each panel: the first and last rounds, and the middle one if room. */
	ticks: number[];
	height: number;
};

export function obsLayout(
	count: number,
	years: number[],
	width: number,
	perRow: number
): ObsLayout {
	const p = OBS_PANEL;
	const grid = panelGrid(count, width, {
		minWidth: p.min,
		panelHeight: p.header + p.plot + p.axis,
		gap: p.gap,
		maxColumns: perRow
	});
	const [first, last] = [Math.min(...years), Math.max(...years)];
	const x = valueScale([first, last], [p.left, grid.panelWidth - p.right]);
	const middle = Math.round((first + last) / 2);
	return {
		grid,
		x,
		y: valueScale([0, 100], [p.plot, 0]),
		// one round only (a one-year filter): one tick
		ticks: [
			...new Set(grid.panelWidth - p.left - p.right > 150 ? [first, middle, last] : [first, last])
		],
		height: grid.height
	};
}
