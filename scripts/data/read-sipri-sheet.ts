import XLSX from '@e965/xlsx';
import type { WorkSheet } from '@e965/xlsx';
import { splitCountryLabel } from './country-name.ts';
import { findColumn, findHeaderRow, readYearColumns, type YearColumn } from './find-header-row.ts';
import { parseSipriCell, type CellStatus } from './sipri-cell.ts';

/** One year of one country (or region) as read from a SIPRI sheet, before any rescaling. */
export interface SheetCell {
	iso3: string;
	year: number;
	value: number | null;
	status: CellStatus;
	/** The cell's display text as Excel formats it (e.g. `1.70%`), when it has a value. */
	display?: string;
}

/** What one SIPRI sheet holds for the wanted countries. */
export interface SipriSheet {
	/** Non-empty text lines above the header row (title, unit, symbol legend). */
	preamble: string[];
	cells: SheetCell[];
	/** Per ISO3: the text of the notes column (`Notes`, `Omitted countries`...), when not empty. */
	notes: Record<string, string>;
	/** Per ISO3: footnote symbols glued to the row label or to value cells. */
	markers: Record<string, string[]>;
	/** Per ISO3: extra text columns asked for (e.g. `Currency`). */
	extra: Record<string, Record<string, string>>;
}

/** Options for {@link readSipriSheet}. */
export interface ReadSheetOptions {
	/** ISO3 → the country or region name as SIPRI spells it. */
	entities: Record<string, string>;
	headerLabels?: string[];
	notesLabel?: string;
	extraColumns?: string[];
}

/** Reads the wanted rows of a SIPRI data sheet; throws when a wanted entity is absent or doubled. */
export function readSipriSheet(ws: WorkSheet, options: ReadSheetOptions): SipriSheet {
	const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, {
		header: 1,
		raw: true,
		defval: null,
		blankrows: true
	});
	const headerIndex = findHeaderRow(rows, options.headerLabels ?? ['Country']);
	const header = rows[headerIndex] ?? [];
	const layout: SheetLayout = {
		ws,
		header,
		years: readYearColumns(header),
		notesCol: findColumn(header, options.notesLabel ?? 'Notes'),
		extraColumns: options.extraColumns ?? []
	};
	const sheet: SipriSheet = {
		preamble: readPreamble(rows, headerIndex),
		cells: [],
		notes: {},
		markers: {},
		extra: {}
	};
	for (const [iso3, name] of Object.entries(options.entities)) {
		const rowIndex = findEntityRow(rows, headerIndex, name);
		readEntity(sheet, layout, iso3, rowIndex, rows[rowIndex] ?? []);
	}
	return sheet;
}

interface SheetLayout {
	ws: WorkSheet;
	header: unknown[];
	years: YearColumn[];
	notesCol: number;
	extraColumns: string[];
}

function readEntity(
	sheet: SipriSheet,
	layout: SheetLayout,
	iso3: string,
	rowIndex: number,
	row: unknown[]
): void {
	const origin = XLSX.utils.decode_range(layout.ws['!ref'] ?? 'A1').s;
	const markers = new Set(splitCountryLabel(String(row[0])).markers);
	for (const { col, year } of layout.years) {
		const parsed = parseSipriCell(row[col]);
		parsed.markers.forEach((m) => markers.add(m));
		// Excel's display text tells a fraction shown as "1.70%" from a plain number.
		const address = XLSX.utils.encode_cell({ r: origin.r + rowIndex, c: origin.c + col });
		const display = parsed.status === 'ok' ? layout.ws[address]?.w : undefined;
		const { value, status } = parsed;
		sheet.cells.push({ iso3, year, value, status, ...(display ? { display } : {}) });
	}
	const note = layout.notesCol >= 0 ? String(row[layout.notesCol] ?? '').trim() : '';
	if (note) sheet.notes[iso3] = note;
	if (markers.size) sheet.markers[iso3] = [...markers];
	sheet.extra[iso3] = readExtraColumns(layout.header, row, layout.extraColumns);
}

function readPreamble(rows: unknown[][], headerIndex: number): string[] {
	return rows
		.slice(0, headerIndex)
		.map((row) => (typeof row[0] === 'string' ? row[0].trim() : ''))
		.filter((line) => line !== '');
}

function findEntityRow(rows: unknown[][], headerIndex: number, name: string): number {
	const wanted = splitCountryLabel(name).name;
	const matches: number[] = [];
	rows.forEach((row, i) => {
		if (
			i > headerIndex &&
			typeof row[0] === 'string' &&
			splitCountryLabel(row[0]).name === wanted
		) {
			matches.push(i);
		}
	});
	if (matches.length !== 1)
		throw new Error(`expected one row for ${name}, found ${matches.length}`);
	return matches[0] as number;
}

function readExtraColumns(
	header: unknown[],
	row: unknown[],
	labels: string[]
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const label of labels) {
		const col = findColumn(header, label);
		if (col < 0) throw new Error(`no column ${label}`);
		out[label] = String(row[col] ?? '').trim();
	}
	return out;
}
