/**
 * The step before the CSV pipeline: a delimited text file is read as it is; any other format
 * (workbook, OCDS JSON, OCDS flattened to CSV) is converted first to CSV text whose rows the
 * pipeline then sniffs, checks, reports and stores exactly as for a CSV. The conversion runs
 * wherever the runner says: in-process in Node (CLI, tests, build), in a Worker in the browser
 * (`browser-source-runner.ts`), so a 100 MB file never freezes the page.
 */
import type { Problem } from '../report/problems.ts';
import type { FormatOptions } from '../sniff/sniff-file.ts';
import { detectSourceFormat, type SourceFormat } from './source-format.ts';
import { isFlattenedOcds } from './flattened-ocds.ts';

export interface SourceOptions {
	/** Workbook sheet to read (default: the first sheet with data). */
	sheet?: string;
}

export interface SheetInfo {
	name: string;
	/** Rows holding at least one cell. */
	rows: number;
}

export interface OpenedSource {
	/** `ocds-csv` is a CSV with Flatten Tool's OCDS headings (`tender/procurementMethod`…). */
	format: SourceFormat | 'ocds-csv';
	/** What the CSV pipeline reads: the original bytes for a CSV, the conversion otherwise. */
	bytes: Uint8Array;
	/**
	 * Format options the conversion knows for sure (kind, mapping, number and date conventions…):
	 * they win over the guesses and over the user's overrides.
	 */
	fixed: FormatOptions;
	/** Workbooks: every sheet in order, and the one read. */
	sheets?: SheetInfo[];
	sheet?: string;
	/**
	 * Where row `i` of `bytes` (header = row 1) comes from in the original file, where that is not
	 * simply row `i`: "release 3 (ocds-213czf-000-00001), award 2". Problems quote it. OCDS origins
	 * are stored as `report/row-origin.ts` encodes them, and put into words in the reader's language.
	 */
	rowOrigins?: (string | null)[];
	/** Why nothing of the file can be read (not a workbook, not OCDS…): the import stops with it. */
	problem?: Problem;
	/** OCDS: what the file held, for the import card to say (`ocds/convert-ocds.ts`). */
	ocds?: OcdsContents;
}

export interface OcdsContents {
	/** What the file is made of: releases (a package, an array, one release), records, JSON Lines, Flatten Tool rows. */
	unit: 'release' | 'record' | 'line' | 'row';
	/** Releases (or records, lines, rows) read. */
	read: number;
	/** Contracting processes: distinct ocids (and releases without one). */
	processes: number;
	/** Processes given as several releases, compiled into one. */
	compiled: number;
	/** Rows converted: one per award, or one per process with no award yet. */
	rows: number;
	/** Processes with no award yet (tender or planning stage). */
	notAwarded: number;
}

export type SourceFile = { name: string; bytes: Uint8Array };

/** Converts a non-CSV file; see `convert-source.ts`. */
export type SourceRunner = (
	format: OpenedSource['format'],
	file: SourceFile,
	options: SourceOptions,
	signal?: AbortSignal
) => Promise<OpenedSource>;

const inProcess: SourceRunner = async (format, file, options) => {
	const { convertSource } = await import('./convert-source.ts');
	return convertSource(format, file, options);
};
let runner: SourceRunner = inProcess;

/** Where conversions run from now on (the browser installs a Worker runner). */
export function useSourceRunner(next: SourceRunner): void {
	runner = next;
}

/** The file as the CSV pipeline will read it. */
export async function openSource(
	file: SourceFile,
	options: SourceOptions = {},
	signal?: AbortSignal
): Promise<OpenedSource> {
	const detected = detectSourceFormat(file.name, file.bytes);
	const format = detected === 'csv' && isFlattenedOcds(file.bytes) ? 'ocds-csv' : detected;
	if (format === 'csv') return { format, bytes: file.bytes, fixed: {} };
	return runner(format, file, options, signal);
}
