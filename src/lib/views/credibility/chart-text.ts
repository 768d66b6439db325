/**
 * The words every chart of the credibility view hands to its `ChartFrame`: the kit's
 * `PointedText`, with a subtitle, exports, the readout's hint and the data table's group header
 * (`group`, also the CSV's first column) always given.
 */
import type { ExportLabels, PointedText } from '../../charts/frame.ts';

export type ChartText = PointedText & {
	subtitle: string;
	labels: { hint: string; group: string };
	exporting: { lines: string[]; labels: ExportLabels };
};
