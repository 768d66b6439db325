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
 * The header's index: the first row holding more than half as many cells as the fullest of the
 * first rows. A title row ("Budget 2021", merged across the table) holds one.
 */
function headerIndex(rows: string[][]): number {
	const first: number[] = [];
	rows.forEach((_, r) => first.length < HEADER_SEARCH_ROWS && first.push(r));
	const widest = Math.max(0, ...first.map((r) => filled(rows[r]!)));
	return first.find((r) => filled(rows[r]!) * 2 > widest) ?? 0;
}

function quote(text: string): string {
	return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface SheetCsv {
	text: string;
	/** Cells written, blank ones included: rows below the header × columns. */
	cells: number;
	/** Sheet rows (1-based) written as records, the header first. */
	records: number[];
}

/** The sheet as CSV text (see the module comment), or only its size when over `maxCells`. */
export function sheetCsv(rows: Rows, conventions: CellConventions, maxCells: number): SheetCsv {
	const texts = textRows(rows, conventions);
	const header = headerIndex(texts);
	let from = Infinity;
	let to = -1;
	const records: number[] = [];
	texts.forEach((row, r) => {
		if (r < header) return;
		records.push(r + 1);
		row.forEach((_, c) => ((from = Math.min(from, c)), (to = Math.max(to, c))));
	});
	const cells = records.length * (to - from + 1);
	if (cells > maxCells || !records.length) return { text: '', cells, records };
	const lines: string[] = [];
	for (let r = 0; r < texts.length; r++) {
		const row = texts[r];
		if (!row || r < header) lines.push('');
		else {
			const fields: string[] = [];
			for (let c = from; c <= to; c++) fields.push(quote(row[c] ?? ''));
			lines.push(fields.join(SHEET_DELIMITER));
		}
	}
	return { text: lines.join('\n') + '\n', cells, records };
}
