/**
 * Node side of `vigie publish`, step one: each publisher's file goes through the importer exactly
 * as on the import page and in `vigie check` / `vigie indicators` (format, mapping, every check),
 * into one engine, under the dataset id `vigie indicators` gives it. What comes back is what the
 * command needs to decide (rejected rows, file-level problems), to report (the `vigie check`
 * report) and to publish (kind, frozen import options, bytes for the fingerprint).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { importFile, type ImportResult } from '../ingest/import-file.ts';
import {
	datasetRecord,
	newDatasetId,
	type StoredOptions
} from '../ingest/persist/dataset-record.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';

/** One file to publish, with the options given before it on the command line. */
export interface PublishInput {
	path: string;
	/** ISO3 (or name) of the rows that state no country: `--file-country`. */
	country?: string;
	/** The workbook sheet to read: `--sheet`. */
	sheet?: string;
}

export interface ImportedSource {
	input: PublishInput;
	/** The file name (no folder): the indicator set's input name, as `vigie indicators` gives it. */
	name: string;
	bytes: Uint8Array;
	datasetId: string;
	result: ImportResult;
	/** Set when rows were loaded. */
	kind?: DataKind;
	options?: StoredOptions;
}

/** Imports every file into `engine` (accepted rows committed); never throws on bad data. */
export async function importSources(
	engine: Engine,
	inputs: readonly PublishInput[]
): Promise<ImportedSource[]> {
	// The other files of `donnees/` keep their names (indicateurs.csv, publication.json…).
	const taken = [
		'indicateurs',
		'indicateurs-csv',
		'indicateurs-json',
		'publication',
		'datapackage'
	];
	const imported: ImportedSource[] = [];
	for (const input of inputs) {
		const name = basename(input.path);
		const bytes = new Uint8Array(await readFile(input.path));
		const datasetId = newDatasetId(name, taken);
		taken.push(datasetId);
		const options = { datasetId, country: input.country, sheet: input.sheet };
		const result = await importFile(
			engine,
			{ name, bytes },
			{ ...options, maxProblems: Number.MAX_SAFE_INTEGER }
		);
		const source: ImportedSource = { input, name, bytes, datasetId, result };
		if (result.committed && result.accepted > 0) {
			const record = datasetRecord(result, options, bytes.byteLength);
			source.kind = record.kind;
			source.options = record.options;
		}
		imported.push(source);
	}
	return imported;
}

/** A file-level problem (unreadable, no usable column…): nothing of it can be published. */
export const isFileRejected = (s: ImportedSource) =>
	!s.kind || s.result.problems.some((p) => p.row === null);
