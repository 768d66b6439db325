/**
 * What is kept of an imported dataset across reloads: its description and the exact options that
 * produced it (every guess frozen), so that re-importing the stored original bytes gives the same
 * canonical rows. Pure data, no IndexedDB here.
 */
import { slugify } from '../../format/slug.ts';
import type { Delimiter } from '../sniff/detect-delimiter.ts';
import type { Encoding } from '../sniff/detect-encoding.ts';
import type { DataKind } from '../fields/field-specs.ts';
import type { ImportOptions, ImportResult } from '../import-file.ts';
import type { Mapping } from '../sniff/map-headers.ts';
import type { DateFormat, NumberFormat } from '../check/sql-cells.ts';

export interface StoredOptions {
	encoding: Encoding;
	delimiter: Delimiter;
	numberFormat: NumberFormat;
	dateFormat: DateFormat;
	mapping: Mapping;
	country?: string;
	currency?: string;
	/** The workbook sheet that was read. */
	sheet?: string;
}

export interface DatasetRecord {
	/** Also the `dataset_id` of its rows in the canonical tables. */
	id: string;
	name: string;
	kind: DataKind;
	/** ISO date-time of the import. */
	created: string;
	fileName: string;
	byteLength: number;
	/** Rows accepted (loaded) and rejected at import: a restore must find the same count. */
	accepted: number;
	rejected: number;
	/** Header signature: the key of the saved mapping for files of the same shape. */
	signature: string;
	options: StoredOptions;
}

/** The record of a committed import. Throws if the import was not committed. */
export function datasetRecord(
	result: ImportResult,
	options: Pick<ImportOptions, 'country' | 'currency'>,
	byteLength: number,
	created = new Date()
): DatasetRecord {
	const { sniff } = result;
	if (!sniff || !result.committed) throw new Error('only a committed import can be saved');
	const stored: StoredOptions = {
		encoding: sniff.encoding.value,
		delimiter: sniff.delimiter.value,
		numberFormat: sniff.numberFormat.value,
		dateFormat: sniff.dateFormat.value,
		mapping: sniff.mapping
	};
	if (options.country) stored.country = options.country;
	if (options.currency) stored.currency = options.currency;
	if (result.source?.sheet) stored.sheet = result.source.sheet;
	return {
		id: result.datasetId,
		name: result.fileName,
		kind: sniff.mapping.kind,
		created: created.toISOString(),
		fileName: result.fileName,
		byteLength,
		accepted: result.accepted,
		rejected: result.rejected,
		signature: sniff.signature,
		options: stored
	};
}

/** Options that replay a stored import exactly: nothing is guessed again. */
export function replayOptions(record: DatasetRecord): ImportOptions {
	return { ...record.options, datasetId: record.id, maxProblems: 0 };
}

/** A dataset id that is new among `taken`: `niger-budget`, `niger-budget-2`… */
export function newDatasetId(fileName: string, taken: Iterable<string>): string {
	const base = slugify(fileName.replace(/\.[^.]*$/, ''), 'dataset');
	const used = new Set(taken);
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	return id;
}
