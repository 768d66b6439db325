/** Shapes ChartFrame's props share with the charts built on it. */

/** The export buttons' words: the group's name and one per format. */
export type ExportLabels = Record<'group' | 'svg' | 'png' | 'csv' | 'csvSemicolon', string>;

/** A rectangle in the chart's coordinates (a bar, a mark's hit area). */
export type Rect = { x: number; y: number; width: number; height: number };
