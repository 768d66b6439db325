/**
 * Geometry of the heatmap (`Heatmap.svelte`): a grid of cells, one per row × column of the
 * data, with the column labels wrapped over their column and the row labels at the left. On a
 * narrow screen a grid wider than tall is transposed (rows become columns), so five countries
 * × nine dimensions stays five columns wide on a phone; long row labels then go above their
 * row, across the whole width. Text widths are estimated (the chart font averages ~0.56 em per
 * character, as in `legend.ts`): generous on purpose. Pure, so it is unit-tested.
 */
import type { Snippet } from 'svelte';
import type { ExportLabels } from './frame.ts';
import type { LegendItem } from './legend.ts';
import type { Column, RowGroup } from './table.ts';

export type HeatAxisItem = { key: string; label: string };

/** One cell of the data: its place, its colour and symbol, its value, its name in words. */
export type HeatCell = {
	row: string;
	column: string;
	/** A key of the heatmap's `tones`. */
	tone: string;
	symbol: string;
	/** Written after the symbol (a score, a value); a second, smaller line in `sub`. */
	text?: string;
	sub?: string;
	/** Accessible name and readout: what, where, the value and its source. */
	label: string;
	data?: Record<`data-${string}`, string | number | null>;
};

/** The props of `Heatmap.svelte`. Labels come as strings: the chart never translates. */
export type HeatmapProps<R> = {
	id: string;
	title: string;
	subtitle?: string;
	description: string;
	meta: string;
	rows: HeatAxisItem[];
	columns: HeatAxisItem[];
	cells: HeatCell[];
	tones: Record<string, { fill: string; ink: string; dashed?: boolean }>;
	legend?: LegendItem[];
	labels: { showData: string; hint: string };
	/** The text alternative (and CSV): flat `rows`, or `groups` with their `groupLabel`. */
	data?: { columns: Column<R>[]; rows?: R[]; groups?: RowGroup<R>[]; groupLabel?: string };
	exporting?: { lines: string[]; labels: ExportLabels };
	/** Key (`row|column`) of the cell whose parts are shown. */
	selected?: string;
	onactivate?: (cell: HeatCell) => void;
	transposeBelow?: number;
	/** Under the grid: the activated cell's parts. */
	footer?: Snippet;
};

/** The key of a cell (`row|column`), for `selected`. */
export const heatKey = (c: Pick<HeatCell, 'row' | 'column'>) => `${c.row}|${c.column}`;

export const HEAT = {
	/** Cell text and label sizes, px. */
	font: 12,
	labelFont: 11,
	line: 13,
	/** A cell's height with one line of text, and with a second (smaller) line. */
	cell: 30,
	cellTwoLines: 40,
	/** Row labels take at most this much of a wide chart. */
	rowLabelMax: 200,
	/** Below this width a grid with more columns than rows is transposed. */
	transposeBelow: 600,
	maxLines: 3
} as const;

/** Estimated width of `text` at `size` px (bold text runs ~10 % wider). */
export const textWidth = (text: string, size: number, bold = false) =>
	Math.ceil(text.length * size * (bold ? 0.62 : 0.56));

/**
 * How a cell's text fits its width: on one line at the largest size that fits (12, 11 or 10 px),
 * else on two lines at 10 px — and then without its second, smaller line (the cell's name and
 * the table still say it).
 */
export function fitCellText(
	text: string,
	sub: string | undefined,
	width: number
): { lines: string[]; size: number; sub: string | undefined } {
	for (const size of [HEAT.font, 11, 10])
		if (textWidth(text, size, true) <= width - 6) return { lines: [text], size, sub };
	const lines = wrapText(text, width - 6, 10, 2);
	return { lines, size: 10, sub: lines.length > 1 ? undefined : sub };
}

/**
 * `text` broken at spaces into lines of at most `width` px, a word longer than that cut with a
 * hyphen; at most `maxLines`, the last one ending in « … » when cut.
 */
export function wrapText(
	text: string,
	width: number,
	size: number,
	maxLines: number = HEAT.maxLines
) {
	const per = Math.max(2, Math.floor(width / (size * 0.56)));
	const words = text
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((w) => (w.length <= per ? [w] : hyphenate(w, per)));
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		if (last !== undefined && !last.endsWith('-') && textWidth(`${last} ${word}`, size) <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
}

/** A word in pieces of at most `per` characters, each but the last ending in a hyphen. */
function hyphenate(word: string, per: number): string[] {
	const pieces: string[] = [];
	for (let i = 0; i < word.length; i += per - 1)
		pieces.push(i + per - 1 < word.length ? `${word.slice(i, i + per - 1)}-` : word.slice(i));
	return pieces;
}

export type PlacedRow = { key: string; lines: string[]; y: number; labelY: number };
export type PlacedColumn = { key: string; lines: string[]; x: number };

export type HeatLayout = {
	/** Data rows are drawn as columns (a narrow screen). */
	transposed: boolean;
	/** Size of the column labels: smaller when a word would not fit its column. */
	headerFont: number;
	/** Row labels sit above their row instead of at its left. */
	labelsAbove: boolean;
	rows: PlacedRow[];
	columns: PlacedColumn[];
	cellWidth: number;
	cellHeight: number;
	/** Where the cells start, x. */
	left: number;
	height: number;
	/** Top-left corner of the cell of data row `row` and data column `column`. */
	at: (row: string, column: string) => { x: number; y: number };
};

/**
 * Lays out `rows` × `columns` in `width` px. `twoLines`: cells hold a second line of text.
 */
export function heatmapLayout(
	rows: readonly HeatAxisItem[],
	columns: readonly HeatAxisItem[],
	width: number,
	options: { twoLines?: boolean; transposeBelow?: number } = {}
): HeatLayout {
	const transposed =
		width < (options.transposeBelow ?? HEAT.transposeBelow) && columns.length > rows.length;
	const [down, across] = transposed ? [columns, rows] : [rows, columns];
	// row labels are bold
	const widest = Math.max(0, ...down.map((r) => textWidth(r.label, HEAT.labelFont, true)));
	const labelsAbove = transposed && widest > width * 0.35;
	const left = labelsAbove ? 0 : Math.min(HEAT.rowLabelMax, widest + 10, width * 0.4);
	const cellWidth = Math.max(1, (width - left) / Math.max(1, across.length));
	const cellHeight = options.twoLines ? HEAT.cellTwoLines : HEAT.cell;
	const words = across.flatMap((c) => c.label.split(/\s+/));
	const headerFont =
		[HEAT.labelFont, 10, 9].find((size) =>
			words.every((w) => textWidth(w, size) <= cellWidth - 4)
		) ?? 8;
	const placedColumns = across.map((c, i) => ({
		key: c.key,
		lines: wrapText(c.label, cellWidth - 4, headerFont),
		x: left + i * cellWidth
	}));
	let y = Math.max(1, ...placedColumns.map((c) => c.lines.length)) * HEAT.line + 6;
	const placedRows = down.map((r) => {
		const lines = wrapText(r.label, (labelsAbove ? width : left) - 6, HEAT.labelFont, 2);
		const labelY = labelsAbove ? y : y + (cellHeight - lines.length * HEAT.line) / 2;
		if (labelsAbove) y += lines.length * HEAT.line + 3;
		const row = { key: r.key, lines, y, labelY };
		y += cellHeight;
		return row;
	});
	const rowY = new Map(placedRows.map((r) => [r.key, r.y]));
	const colX = new Map(placedColumns.map((c) => [c.key, c.x]));
	return {
		transposed,
		headerFont,
		labelsAbove,
		rows: placedRows,
		columns: placedColumns,
		cellWidth,
		cellHeight,
		left,
		height: y + 2,
		at: (row, column) => {
			const [r, c] = transposed ? [column, row] : [row, column];
			return { x: colX.get(c) ?? 0, y: rowY.get(r) ?? 0 };
		}
	};
}
