/**
 * The words every chart of the credibility view hands to its `ChartFrame` — caption, text
 * alternative, readout hint, export lines, the data table's group header — as one type, and the
 * frame's props made from them. Pure.
 */
import type { ExportLabels } from '../../charts/frame.ts';

export type ChartText = {
	id: string;
	title: string;
	subtitle: string;
	description: string;
	meta: string;
	/** `group`: the header of the data table's row groups (and the CSV's first column). */
	labels: { showData: string; hint: string; group: string };
	exporting: { lines: string[]; labels: ExportLabels };
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
