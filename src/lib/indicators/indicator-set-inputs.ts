/**
 * Node side of the indicator set: reads the files given to `vigie indicators` into an engine and
 * returns what the dataset fingerprint hashes. Node only (reads the file system).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { datasetRecord, newDatasetId } from '../ingest/persist/dataset-record.ts';
import { formatProblem } from '../ingest/report/format-problem.ts';
import { importFile } from '../ingest/import-file.ts';
import { discardImport } from '../ingest/commit/stage-rows.ts';
import { loadMilex } from '../trends/load-milex.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import type { FingerprintSource } from './fingerprint.ts';

/**
 * The one place files enter the engine: each file goes through the same importer as the
 * browser's import page (format detection, mapping, validation), so `vigie indicators` and the
 * page compute on the very same rows. Rejected rows are reported on stderr and left out.
 * Returns what the dataset fingerprint hashes: each input's bytes and, for an imported file,
 * the options the browser would store for it (a file that loaded nothing is not an input).
 */
export async function loadInputs(
	engine: Engine,
	files: string[],
	withDefault: boolean,
	fileCountry?: string,
	/** The sheet read in each workbook (default: the first with data). */
	sheet?: string
): Promise<{ isClean: boolean; sources: FingerprintSource[]; kinds: DataKind[] }> {
	const sources: FingerprintSource[] = [];
	if (withDefault) {
		const path = join(process.cwd(), 'data', 'sipri-milex.csv');
		await loadMilex(engine, path);
		sources.push({ name: 'data/sipri-milex.csv', bytes: new Uint8Array(await readFile(path)) });
	}
	const taken: string[] = [];
	const kinds: DataKind[] = [];
	let isClean = true;
	for (const file of files) {
		const datasetId = newDatasetId(basename(file), taken);
		taken.push(datasetId);
		const loaded = await loadFile(engine, file, { datasetId, country: fileCountry, sheet });
		if (loaded.source) sources.push(loaded.source);
		if (loaded.kind) kinds.push(loaded.kind);
		isClean &&= loaded.isClean;
	}
	return { isClean, sources, kinds };
}

async function loadFile(
	engine: Engine,
	file: string,
	options: { datasetId: string; country?: string; sheet?: string }
): Promise<{ isClean: boolean; source?: FingerprintSource; kind?: DataKind }> {
	const name = basename(file);
	const bytes = new Uint8Array(await readFile(file));
	// A file in SIPRI's tidy shape (as `npm run data` writes it) is spending-burden input.
	if (isMilexShaped(bytes)) {
		await loadMilex(engine, file);
		return { isClean: true, source: { name, bytes } };
	}
	const result = await importFile(engine, { name, bytes }, options);
	if (result.staged) await discardImport(engine, result.staged);
	const isClean = result.committed && result.rejected === 0;
	if (!isClean) reportRejected(file, result);
	// What the import page would store for this file (dataset-record.ts), hence the same hash.
	if (!result.committed || result.accepted === 0) return { isClean };
	const { options: stored, kind } = datasetRecord(result, options, bytes.byteLength);
	return { isClean, source: { name, bytes, options: stored }, kind };
}

function reportRejected(file: string, result: Awaited<ReturnType<typeof importFile>>): void {
	console.error(
		`${file}: ${result.accepted} accepted, ${result.rejected} rejected — run: npm run vigie -- check ${file}`
	);
	for (const problem of result.problems.filter((p) => p.row === null))
		console.error(`  ${formatProblem(problem, 'en')}`);
}

const MILEX_HEADER = 'country,year,series,value,status';

function isMilexShaped(bytes: Uint8Array): boolean {
	const head = new TextDecoder().decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '');
	return head.split(/\r?\n/, 1)[0]?.trim() === MILEX_HEADER;
}
