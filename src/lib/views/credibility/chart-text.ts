/**
 * The words every chart of the credibility view hands to its `ChartFrame`: the kit's
 * `ChartText`, with a subtitle, exports, the readout's hint and the data table's group header
 * (`group`, also the CSV's first column) always given.
 */
import type { ChartText as FrameText, ExportLabels } from '../../charts/frame.ts';

export type ChartText = FrameText & {
	subtitle: string;
	labels: { hint: string; group: string };
	exporting: { lines: string[]; labels: ExportLabels };
};
