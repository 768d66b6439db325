/** Shapes ChartFrame's props share with the charts built on it. */

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
