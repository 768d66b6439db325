/**
 * A workbook cell as the text the CSV pipeline reads, from the cell's own type and value, never
 * from the text the spreadsheet displays: a number formatted "62 418,50 FCFA" is 62418.5, a date
 * cell is a date whatever its display format, text stays exactly as typed (a number typed as
 * text then goes through the usual checks). Numbers and dates are written in the one convention
 * the conversion fixes for the whole file (`fixed` in `OpenedSource`).
 */
import { SSF, type CellObject } from '@e965/xlsx';
import type { DateFormat, NumberFormat } from '../../check/sql-cells.ts';

export interface CellConventions {
	numberFormat: NumberFormat;
	dateFormat: DateFormat;
	/** The workbook counts days from 1904 (old Mac Excel) instead of 1900. */
	date1904: boolean;
}

/** Excel's error codes (MS-XLSX 2.5.97.2 BErr), shown as the spreadsheet shows them. */
const ERRORS: Record<number, string> = {
	0x00: '#NULL!',
	0x07: '#DIV/0!',
	0x0f: '#VALUE!',
	0x17: '#REF!',
	0x1d: '#NAME?',
	0x24: '#NUM!',
	0x2a: '#N/A',
	0x2b: '#GETTING_DATA'
};

/** The cell's text for the CSV ('' for an empty cell). Line breaks become spaces: see below. */
export function cellText(cell: CellObject | undefined, conventions: CellConventions): string {
	if (!cell) return '';
	switch (cell.t) {
		case 's':
			// One record per sheet row keeps row N of the CSV = row N of the sheet; the importer
			// collapses runs of whitespace in text anyway.
			return String(cell.v ?? '').replace(/\r\n?|\n/g, ' ');
		case 'n':
			if (typeof cell.v !== 'number') return '';
			return isDateFormat(cell.z)
				? serialDate(cell.v, conventions)
				: numberText(cell.v, conventions.numberFormat);
		case 'd':
			return cell.v instanceof Date ? dateText(utcParts(cell.v), conventions.dateFormat) : '';
		case 'b':
			return cell.v ? 'true' : 'false';
		case 'e':
			return typeof cell.v === 'number' ? (ERRORS[cell.v] ?? '#ERROR') : '#ERROR';
		default:
			return '';
	}
}

function isDateFormat(format: CellObject['z']): boolean {
	return typeof format === 'string' && format !== 'General' && SSF.is_date(format);
}

/**
 * The shortest decimal that reads back as the same double (what the cell stores), with the
 * decimal separator of the fixed convention and no thousands separator: 62418.5 → "62418,5".
 */
export function numberText(value: number, format: NumberFormat): string {
	const text = Object.is(value, -0) ? '0' : String(value);
	return format === 'comma_dot' ? text : text.replace('.', ',');
}

type Ymd = { y: number; m: number; d: number };

/** A date serial (days since 1899-12-30, or 1904-01-01) as a calendar date, time dropped. */
function serialDate(serial: number, conventions: CellConventions): string {
	const parts = SSF.parse_date_code(serial, { date1904: conventions.date1904 }) as Ymd | null;
	return parts ? dateText(parts, conventions.dateFormat) : String(serial);
}

function utcParts(date: Date): Ymd {
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function dateText({ y, m, d }: Ymd, format: DateFormat): string {
	const dd = String(d).padStart(2, '0');
	const mm = String(m).padStart(2, '0');
	const yyyy = String(y).padStart(4, '0');
	return format === 'dmy' ? `${dd}/${mm}/${yyyy}` : `${yyyy}-${mm}-${dd}`;
}
