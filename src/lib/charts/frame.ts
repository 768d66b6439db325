/** Shapes ChartFrame's props share with the charts built on it. */

/** The export buttons' words: the group's name and one per format. */
export type ExportLabels = Record<'group' | 'svg' | 'png' | 'csv' | 'csvSemicolon', string>;
