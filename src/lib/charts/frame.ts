/** Shapes ChartFrame's props share with the charts built on it. */
import type { LegendItem } from './legend.ts';

/** The export buttons' words: the group's name and one per format. */
export type ExportLabels = Record<'group' | 'svg' | 'png' | 'csv' | 'csvSemicolon', string>;

/** A rectangle in the chart's coordinates (a bar, a mark's hit area). */
export type Rect = { x: number; y: number; width: number; height: number };

/**
 * The words a chart built on `ChartFrame` hands it as they come — caption, text alternative, the
 * "show the data" button, export lines and buttons — as one type the charts' props extend (an
 * interactive chart adds `labels.hint`, its readout's hint; a grouped table `labels.group`).
 */
export type ChartText = {
	id: string;
	title: string;
	subtitle?: string;
	description: string;
	meta: string;
	labels: { showData: string };
	exporting?: { lines: string[]; labels: ExportLabels };
};

/** The `ChartFrame` props that come straight from the words. */
export const frameText = (c: ChartText) => ({
	id: c.id,
	title: c.title,
	subtitle: c.subtitle,
	description: c.description,
	meta: c.meta,
	showDataLabel: c.labels.showData,
	exporting: c.exporting
});

/** An interactive chart's words: its legend and its readout's hint too. */
export type PointedText = ChartText & { labels: { hint: string }; legend?: LegendItem[] };

/**
 * The `ChartFrame` props of a chart whose marks are controls (the kit's one interaction model):
 * its words, its legend, a named group of focusable marks, and the readout naming `current`, the
 * mark under the pointer or focus (the chart's `Pointer`), else the hint.
 */
export const pointedFrame = (c: PointedText, current: string | null) => ({
	...frameText(c),
	interactive: true,
	legend: c.legend,
	readout: { text: current, hint: c.labels.hint }
});
