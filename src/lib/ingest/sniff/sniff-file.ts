/**
 * Everything Vigie guesses about a file from its first 64 KB, as data the import page shows and
 * lets the user override: encoding, delimiter, number and date conventions, kind and mapping.
 */
import Papa from 'papaparse';
import { detectDateFormat, detectNumberFormat } from './detect-conventions.ts';
import { detectDelimiter, type Delimiter } from './detect-delimiter.ts';
import { decodeSample, detectEncoding, type Detected, type Encoding } from './detect-encoding.ts';
import type { DataKind } from '../fields/field-specs.ts';
import { guessKind, headerSignature, mapHeaders, type Mapping } from './map-headers.ts';
import type { DateFormat, NumberFormat } from '../check/sql-cells.ts';

export const SNIFF_BYTES = 64 * 1024;

/** What the user may force instead of the guesses (all optional). */
export interface FormatOptions {
	encoding?: Encoding;
	delimiter?: Delimiter;
	numberFormat?: NumberFormat;
	dateFormat?: DateFormat;
	kind?: DataKind;
	/** A mapping saved for this header signature, or edited by the user. */
	mapping?: Mapping;
}

export interface Sniff {
	encoding: Detected<Encoding>;
	hasBom: boolean;
	delimiter: Detected<Delimiter>;
	numberFormat: Detected<NumberFormat>;
	dateFormat: Detected<DateFormat>;
	kind: Detected<DataKind>;
	mapping: Mapping;
	headers: string[];
	/**
	 * Title rows above the header ("Loi de finances 2023", "en millions de FCFA"), as read: the
	 * record scanner passes over as many non-blank records before it takes the header.
	 */
	titles: string[];
	signature: string;
	/** First data rows as parsed (for the preview table). */
	preview: string[][];
}

/** Guesses (or takes from `options`) everything needed to import `bytes`. */
export function sniffFile(bytes: Uint8Array, options: FormatOptions = {}): Sniff {
	const sample = bytes.subarray(0, SNIFF_BYTES);
	const guessedEncoding = detectEncoding(sample);
	const encoding = forced(options.encoding) ?? guessedEncoding;
	const isWhole = bytes.length <= SNIFF_BYTES;
	const text = lfBreaks(decodeSample(sample, encoding.value, isWhole), isWhole);
	const delimiter = forced(options.delimiter) ?? detectDelimiter(text);
	const rows = Papa.parse<string[]>(text, {
		delimiter: delimiter.value,
		skipEmptyLines: 'greedy'
	}).data;
	const titleCount = countTitleRows(rows);
	const headers = (rows[titleCount] ?? []).map((h) => h.trim());
	const body = rows.slice(titleCount + 1);
	const guess = guessKind(headers);
	const kindValue = options.mapping?.kind ?? options.kind ?? guess.kind;
	const kind: Detected<DataKind> =
		options.mapping || options.kind
			? { value: kindValue, confidence: 1 }
			: { value: guess.kind, confidence: guess.confidence };
	const mapping = options.mapping
		? fitMapping(options.mapping, headers.length)
		: kindValue === guess.kind
			? guess.mapping
			: mapHeaders(headers, kindValue);
	return {
		encoding: { value: encoding.value, confidence: encoding.confidence },
		hasBom: guessedEncoding.hasBom,
		delimiter,
		numberFormat: forced(options.numberFormat) ?? detectNumberFormat(body, delimiter.value),
		dateFormat: forced(options.dateFormat) ?? detectDateFormat(body),
		kind,
		mapping,
		headers,
		titles: rows.slice(0, titleCount).map((r) => r.join(' ').trim()),
		signature: headerSignature(headers),
		preview: body.slice(0, 20)
	};
}

/** At most this many title rows are looked for above a header. */
const MAX_TITLE_ROWS = 10;

/**
 * Leading rows with at most one filled cell, above a row with two or more: titles and unit lines
 * typed above a table (a finance law's heading, "en millions de FCFA"), never a header, since every
 * kind of data needs several columns. A workbook's header is found by its own rule
 * (`headerIndex` in sheet-csv.ts, over a sheet's sparse rows), which writes its title rows blank.
 */
export function countTitleRows(rows: string[][]): number {
	const filled = (row: string[]) => row.filter((cell) => cell.trim() !== '').length;
	const header = rows.slice(0, MAX_TITLE_ROWS + 1).findIndex((row) => filled(row) >= 2);
	return header > 0 ? header : 0;
}

/**
 * The sample with every line break as LF, as the record scanner reads them: a lone CR (old Mac)
 * mixed with CRLF or LF endings would otherwise hide a line from Papaparse, which picks one
 * newline for the whole text. A sample cut mid-file ends after its last complete line.
 */
function lfBreaks(text: string, isWhole: boolean): string {
	const lf = text.replace(/\r\n?/g, '\n');
	const end = lf.lastIndexOf('\n');
	return isWhole || end < 0 ? lf : lf.slice(0, end + 1);
}

function forced<T>(value: T | undefined): Detected<T> | undefined {
	return value === undefined ? undefined : { value, confidence: 1 };
}

/** A saved or edited mapping, without columns this file does not have. */
function fitMapping(mapping: Mapping, columnCount: number): Mapping {
	const fields = Object.fromEntries(
		Object.entries(mapping.fields).filter(([, source]) => source.column < columnCount)
	);
	return { ...mapping, fields };
}
