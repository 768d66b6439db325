/**
 * The words every chart of the credibility view hands to its `ChartFrame`: the kit's
 * `PointedText`, with a subtitle, exports, the readout's hint and the data table's group header
 * (`group`, also the CSV's first column) always given.
 */
import type { ExportLabels, PointedText } from '../../charts/frame.ts';
import type { LegendItem } from '../../charts/legend.ts';
import type { Column } from '../../charts/table.ts';

export type ChartText = PointedText & {
	subtitle: string;
	labels: { hint: string; group: string };
	exporting: { lines: string[]; labels: ExportLabels };
};

/**
 * A chart whose rows each open one drill-down (the gaps, the triangulation): its legend, its
 * table's columns, a row's `drill=` value, the open one (its mark selected) and how to open one.
 */
export type RowDrills<R> = {
	legend: LegendItem[];
	columns: Column<R>[];
	drillOf: (row: R) => string;
	active?: string;
	ondrill: (drill: string) => void;
};
