/**
 * The page's persistence workflow around `importFile`: save a committed import, remove one, and
 * on start-up replay every stored dataset into the fresh engine.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent } from '../db/sql.ts';
import { removeDatasetRows } from '../ingest/commit/commit-rows.ts';
import {
	datasetRecord,
	newDatasetId,
	replayOptions,
	type DatasetRecord
} from '../ingest/persist/dataset-record.ts';
import type { DatasetStore } from './dataset-store.ts';
import { KIND_TABLES } from '../ingest/fields/field-specs.ts';
import type { ImportOptions, ImportResult } from '../ingest/import-file.ts';
import { importFile } from '../ingest/import-file.ts';
import { discardImport } from '../ingest/commit/stage-rows.ts';

/**
 * Persists a committed import, under a new id if another tab saved one with the same id
 * meanwhile. If the browser refuses to store it (quota…), its rows are taken out of the engine
 * again, so what the page shows is always what a reload will show.
 */
export async function saveImport(
	engine: Engine,
	store: DatasetStore,
	result: ImportResult,
	bytes: Uint8Array | Blob,
	options: Pick<ImportOptions, 'country' | 'currency'> = {}
): Promise<DatasetRecord> {
	const size = bytes instanceof Blob ? bytes.size : bytes.byteLength;
	const record = datasetRecord(result, options, size);
	try {
		for (let attempt = 1; !(await saved(store, record, bytes, attempt)); attempt++) {
			const id = newDatasetId(
				record.fileName,
				(await store.list()).map((r) => r.id)
			);
			const table = quoteIdent(KIND_TABLES[record.kind]);
			await engine.query(`UPDATE ${table} SET dataset_id = ? WHERE dataset_id = ?`, [
				id,
				record.id
			]);
			record.id = id;
		}
		await store.saveMapping(record.signature, record.options.mapping);
	} catch (error) {
		// A crashed engine has lost the rows already: the storage error is what matters.
		await removeDatasetRows(engine, record.id).catch(() => {});
		throw error;
	}
	return record;
}

/** false when the id is taken (a few times at most); throws any other refusal. */
async function saved(
	store: DatasetStore,
	record: DatasetRecord,
	bytes: Uint8Array | Blob,
	attempt: number
): Promise<boolean> {
	try {
		await store.save(record, bytes);
		return true;
	} catch (error) {
		if (errorName(error) === 'ConstraintError' && attempt < 5) return false;
		throw error;
	}
}

/** Whether the browser refused to store because its storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
	const name = errorName(error);
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function errorName(error: unknown): string {
	return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** Removes a dataset from the engine and from storage. */
export async function removeDataset(
	engine: Engine,
	store: DatasetStore,
	id: string
): Promise<void> {
	await store.remove(id);
	await removeDatasetRows(engine, id);
}

export interface RestoreReport {
	record: DatasetRecord;
	/** false when the replay accepted a different number of rows than the original import. */
	isIntact: boolean;
}

/** Replays every stored dataset into `engine` (on page load), oldest first. */
export async function restoreDatasets(
	engine: Engine,
	store: DatasetStore
): Promise<RestoreReport[]> {
	const reports: RestoreReport[] = [];
	for (const record of await store.list()) {
		const bytes = await store.readBytes(record.id);
		if (!bytes) {
			reports.push({ record, isIntact: false });
			continue;
		}
		const result = await importFile(
			engine,
			{ name: record.fileName, bytes },
			replayOptions(record)
		);
		if (result.staged) await discardImport(engine, result.staged);
		reports.push({ record, isIntact: result.committed && result.accepted === record.accepted });
	}
	return reports;
}
