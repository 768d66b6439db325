/**
 * The workbook adapter: an .xlsx, .ods or legacy .xls file becomes the CSV text of one of its
 * sheets (the one asked for, else the first with data), which the import pipeline then reads as
 * any CSV. Runs in the browser's source Worker (SheetJS never loads on the page) or in Node.
 */
import * as XLSX from '@e965/xlsx';
import { fileProblem, type Problem } from '../../report/problems.ts';
import type { OpenedSource, SheetInfo, SourceFile, SourceOptions } from '../open-source.ts';
import { countRows, SHEET_DELIMITER, sheetConventions, sheetCsv } from './sheet-csv.ts';
import { unpackWorkbook } from './unpack-workbook.ts';
import {
	megabytes,
	WORKBOOK_MAX_BYTES,
	WORKBOOK_MAX_CELLS,
	WORKBOOK_MAX_COLUMNS
} from './workbook-limits.ts';

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods';

/**
 * Only what the CSV needs: cell values and number formats (dates are told by their format), no
 * formulas (a formula cell gives its last computed value, never re-evaluated), styles, HTML or
 * macros.
 */
const READ_OPTIONS: XLSX.ParsingOptions = {
	type: 'array',
	dense: true,
	cellNF: true,
	cellText: false,
	cellHTML: false,
	cellFormula: false,
	cellStyles: false,
	cellDates: false,
	bookVBA: false,
	sheetStubs: false
};

export function convertWorkbook(
	format: WorkbookFormat,
	file: SourceFile,
	options: SourceOptions
): OpenedSource {
	const refuse = (problem: Problem): OpenedSource => ({
		format,
		bytes: new Uint8Array(),
		fixed: {},
		problem
	});
	const bytes = readable(format, file.bytes);
	if ('problem' in bytes) return refuse(bytes.problem);
	let book: XLSX.WorkBook;
	try {
		book = quietly(() => XLSX.read(bytes.bytes, READ_OPTIONS));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (/password|encrypt/i.test(message)) return refuse(fileProblem('workbook_encrypted'));
		return refuse(fileProblem('workbook_unreadable', { error: message }));
	}
	const sheetRows = (name: string) =>
		(sheetOf(book, name)?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
	const sheets: SheetInfo[] = book.SheetNames.map((name) => ({
		name,
		rows: countRows(sheetRows(name))
	}));
	const chosen = options.sheet ?? sheets.find((s) => s.rows > 0)?.name;
	const opened = { format, sheets, sheet: chosen };
	if (options.sheet !== undefined && !book.SheetNames.includes(options.sheet))
		return {
			...refuse(
				fileProblem('sheet_not_found', {
					sheet: options.sheet,
					sheets: book.SheetNames.join(', ')
				})
			),
			...opened,
			sheet: undefined
		};
	if (chosen === undefined) return { ...refuse(fileProblem('empty_file')), ...opened };
	const rows = sheetRows(chosen);
	const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
	const conventions = sheetConventions(rows, date1904);
	const csv = sheetCsv(rows, conventions, {
		cells: WORKBOOK_MAX_CELLS,
		columns: WORKBOOK_MAX_COLUMNS
	});
	if (csv.columns > WORKBOOK_MAX_COLUMNS)
		return {
			...refuse(
				fileProblem('too_many_columns', { found: csv.columns, limit: WORKBOOK_MAX_COLUMNS })
			),
			...opened
		};
	if (csv.cells > WORKBOOK_MAX_CELLS)
		return {
			...refuse(fileProblem('too_many_cells', { found: csv.cells, limit: WORKBOOK_MAX_CELLS })),
			...opened
		};
	const rowOrigins: (string | null)[] = [];
	for (const row of csv.records) rowOrigins[row] = chosen;
	return {
		...opened,
		bytes: new TextEncoder().encode(csv.text),
		fixed: {
			encoding: 'utf-8',
			delimiter: SHEET_DELIMITER,
			numberFormat: conventions.numberFormat,
			dateFormat: conventions.dateFormat
		},
		rowOrigins
	};
}

/** The bytes SheetJS may read, after the size checks; see `unpack-workbook.ts`. */
function readable(
	format: WorkbookFormat,
	bytes: Uint8Array
): { bytes: Uint8Array } | { problem: Problem } {
	if (format !== 'xls') return unpackWorkbook(bytes);
	// A legacy .xls is not compressed: its size is what SheetJS reads.
	if (bytes.length <= WORKBOOK_MAX_BYTES) return { bytes };
	return {
		problem: fileProblem('workbook_too_large', {
			found: megabytes(bytes.length),
			limit: megabytes(WORKBOOK_MAX_BYTES)
		})
	};
}

/**
 * SheetJS writes to the console about display formats it cannot render ("ODS number format may
 * be incorrect"), which mean nothing here (values are read from their type, never their display)
 * and would litter `vigie check`'s output. The read is synchronous: nothing else logs meanwhile.
 */
function quietly<T>(read: () => T): T {
	const error = console.error;
	console.error = () => {};
	try {
		return read();
	} finally {
		console.error = error;
	}
}

/**
 * A sheet by name, looked up as an own property: a sheet may be called "constructor" or
 * "toString". SheetJS stores a sheet called "__proto__" by assigning `Sheets.__proto__`, which
 * sets the prototype of that one object (nothing global): it is found there.
 */
function sheetOf(book: XLSX.WorkBook, name: string): XLSX.WorkSheet | undefined {
	if (Object.hasOwn(book.Sheets, name)) return book.Sheets[name];
	const prototype: unknown = Object.getPrototypeOf(book.Sheets);
	if (name === '__proto__' && prototype !== Object.prototype && prototype !== null)
		return prototype as XLSX.WorkSheet;
	return undefined;
}
