/**
 * One sheet as CSV text the import pipeline reads like any CSV, with row N of the text = row N of
 * the sheet, so every problem quotes the sheet's own row number:
 * - title rows above the header ("Loi de finances 2021", "en millions de FCFA") and blank rows
 *   become blank lines, which the pipeline skips (the header is its first non-blank line);
 * - every other row has the header's width (leading empty columns dropped), cells separated by
 *   `;` and quoted where needed.
 */
import type { CellObject } from '@e965/xlsx';
import { detectDateFormat, detectNumberFormat } from '../../sniff/detect-conventions.ts';
import { cellText, type CellConventions } from './cell-text.ts';

export const SHEET_DELIMITER = ';';

/** Text cells sampled to choose the conventions of the numbers and dates typed as text. */
const SAMPLE_CELLS = 5000;
/** Rows looked at to find the header below the title rows. */
const HEADER_SEARCH_ROWS = 20;

type Rows = (CellObject | undefined)[][];

/** Rows that hold at least one cell with a value. */
export function countRows(rows: Rows): number {
	let count = 0;
	rows.forEach((row) => row?.some((cell) => hasValue(cell)) && count++);
	return count;
}

function hasValue(cell: CellObject | undefined): boolean {
	return !!cell && cell.t !== 'z' && cell.v !== undefined && cell.v !== null && cell.v !== '';
}

/**
 * Numbers typed as text in a French sheet read "1 234,5": the conventions are those of the text
 * cells that look like numbers or dates (French when there are none), and the number and date
 * cells are written in them too, so one convention holds for the whole file.
 */
export function sheetConventions(rows: Rows, date1904: boolean): CellConventions {
	const texts: string[] = [];
	for (const row of rows) {
		if (texts.length >= SAMPLE_CELLS) break;
		row?.forEach((cell) => cell?.t === 's' && typeof cell.v === 'string' && texts.push(cell.v));
	}
	return {
		numberFormat: detectNumberFormat([texts], SHEET_DELIMITER).value,
		dateFormat: detectDateFormat([texts]).value,
		date1904
	};
}

/** The sheet's cells as text, row by row (holes stay holes: empty rows cost nothing). */
function textRows(rows: Rows, conventions: CellConventions): string[][] {
	const out: string[][] = [];
	rows.forEach((row, r) => {
		const cells: string[] = [];
		row?.forEach((cell, c) => {
			const text = cellText(cell, conventions);
			if (text.trim() !== '') cells[c] = text;
		});
		if (cells.length) out[r] = cells;
	});
	return out;
}

const filled = (row: string[]) => row.reduce((n) => n + 1, 0);

/**
 * The header's index: the first row holding more than half as many cells as a typical row (the
 * upper median of the first rows, so one stray cell does not count). A title row ("Budget
 * 2021", merged across the table) holds one cell; a one-column table starts at its first row.
 */
function headerIndex(rows: string[][]): number {
	const first: number[] = [];
	rows.forEach((_, r) => first.length < HEADER_SEARCH_ROWS && first.push(r));
	const counts = first.map((r) => filled(rows[r]!)).sort((a, b) => a - b);
	const typical = counts[Math.floor(counts.length / 2)] ?? 0;
	return first.find((r) => filled(rows[r]!) * 2 > typical) ?? 0;
}

function quote(text: string): string {
	return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface SheetCsv {
	text: string;
	/** Columns written: the header's, from its first to its last filled cell. */
	columns: number;
	/** Cells written, blank ones included: records × columns. */
	cells: number;
	/** Sheet rows (1-based) written as records, the header first. */
	records: number[];
}

/**
 * The sheet as CSV text (see the module comment), or only its size when over a limit. Cells
 * left or right of the header's columns are left out, as the importer ignores a column without a
 * name: a stray cell in column XFD does not make every row 16,384 fields wide.
 */
export function sheetCsv(
	rows: Rows,
	conventions: CellConventions,
	limits: { cells: number; columns: number }
): SheetCsv {
	const texts = textRows(rows, conventions);
	const header = headerIndex(texts);
	const headerCells = texts[header] ?? [];
	let from = Infinity;
	headerCells.forEach((_, c) => (from = Math.min(from, c)));
	const columns = headerCells.length - (Number.isFinite(from) ? from : 0);
	const records: number[] = [];
	texts.forEach((_, r) => r >= header && records.push(r + 1));
	const size = { columns, cells: records.length * columns, records };
	if (size.columns > limits.columns || size.cells > limits.cells || !records.length)
		return { text: '', ...size };
	const lines: string[] = [];
	for (let r = 0; r < texts.length; r++) {
		const row = texts[r];
		if (!row || r < header) lines.push('');
		else {
			const fields: string[] = [];
			for (let c = from; c < from + columns; c++) fields.push(quote(row[c] ?? ''));
			lines.push(fields.join(SHEET_DELIMITER));
		}
	}
	return { text: lines.join('\n') + '\n', ...size };
}
