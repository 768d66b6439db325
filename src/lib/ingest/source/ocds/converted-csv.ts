/**
 * The CSV text the import reads for an OCDS file: a header of OCDS paths, then each contracting
 * process's rows in file order, with where each row came from (`rowOrigins`, indexed by the line
 * where the row starts, header = 1, as problems count rows).
 */
import { OCDS_COLUMNS, type OcdsRow } from './ocds-columns.ts';

/** The rows of one contracting process, already written as CSV lines. */
export interface ProcessRows {
	text: string;
	/** Whether its rows are awards (false: one row for a process with no award yet). */
	awarded: boolean;
	/** Per row: its origin and how many lines it spans (a cell may hold a line break). */
	rows: { origin: string; lines: number }[];
}

/** Writes `rows` (each with its origin) as CSV lines. */
export function processRows(rows: { row: OcdsRow; origin: string }[]): ProcessRows {
	const awarded = rows.some(({ row }) => row.stage === 'award');
	let text = '';
	const out: ProcessRows['rows'] = [];
	for (const { row, origin } of rows) {
		const cells = OCDS_COLUMNS.map(([field]) => csvCell(row[field]));
		const line = cells.join(',');
		text += `${line}\n`;
		out.push({ origin, lines: 1 + countBreaks(line) });
	}
	return { text, awarded, rows: out };
}

/** The whole converted file: its bytes and the origin of the row starting at each line. */
export function assembleCsv(processes: Iterable<ProcessRows>): {
	bytes: Uint8Array;
	rowOrigins: (string | null)[];
} {
	const parts = [OCDS_COLUMNS.map(([, heading]) => csvCell(heading)).join(',') + '\n'];
	const rowOrigins: (string | null)[] = [null, null];
	for (const process of processes) {
		parts.push(process.text);
		for (const { origin, lines } of process.rows) {
			rowOrigins.push(origin);
			for (let i = 1; i < lines; i++) rowOrigins.push(null);
		}
	}
	return { bytes: new TextEncoder().encode(parts.join('')), rowOrigins };
}

/** A CSV cell: quoted when it holds a comma, quote or line break; CR LF and CR become LF. */
function csvCell(value: string | undefined): string {
	if (value === undefined) return '';
	const text = value.replace(/\r\n?/g, '\n');
	return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function countBreaks(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
	return n;
}
