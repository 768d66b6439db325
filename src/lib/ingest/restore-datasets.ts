/**
 * The page's persistence workflow around `importFile`: save a committed import, remove one, and
 * on start-up replay every stored dataset into the fresh engine.
 */
import type { Engine } from '../db/engine.ts';
import { removeDatasetRows } from './commit-rows.ts';
import { datasetRecord, replayOptions, type DatasetRecord } from './dataset-record.ts';
import type { DatasetStore } from './dataset-store.ts';
import type { ImportOptions, ImportResult } from './import-file.ts';
import { importFile } from './import-file.ts';
import { discardImport } from './stage-rows.ts';

/**
 * Persists a committed import. If the browser refuses to store it (quota…), its rows are taken
 * out of the engine again, so what the page shows is always what a reload will show.
 */
export async function saveImport(
	engine: Engine,
	store: DatasetStore,
	result: ImportResult,
	bytes: Uint8Array,
	options: Pick<ImportOptions, 'country' | 'currency'> = {}
): Promise<DatasetRecord> {
	const record = datasetRecord(result, options, bytes.byteLength);
	try {
		await store.save(record, bytes);
		await store.saveMapping(record.signature, record.options.mapping);
	} catch (error) {
		await removeDatasetRows(engine, record.id);
		throw error;
	}
	return record;
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
