import { describe, expect, it } from 'vitest';
import { openNodeEngine } from '../db/node-engine.ts';
import { memoryDatasetStore } from './fixtures/memory-dataset-store.ts';
import { readFixture } from '../ingest/fixtures/read-fixture.ts';
import { importFile } from '../ingest/import-file.ts';
import { isQuotaError, removeDataset, restoreDatasets, saveImport } from './restore-datasets.ts';
import { summarizeDataset } from '../ingest/report/summarize-dataset.ts';

const NIGER = 'niger-budget-fr-cp1252.csv';
const OCDS = 'ocds-contracts-utf8-bom.csv';

describe('saved datasets', () => {
	it('come back after a "reload" (a new engine) with the same totals', async () => {
		const store = memoryDatasetStore();
		const first = await openNodeEngine();
		const before = [];
		for (const name of [NIGER, OCDS]) {
			const bytes = readFixture(name);
			const result = await importFile(first, { name, bytes }, { datasetId: name });
			await saveImport(first, store, result, bytes);
			before.push(await summarizeDataset(first, result.sniff!.mapping.kind, name));
		}
		await first.close();

		const reloaded = await openNodeEngine();
		const reports = await restoreDatasets(reloaded, store);
		expect(reports.map((r) => [r.record.id, r.isIntact])).toEqual([
			[NIGER, true],
			[OCDS, true]
		]);
		const after = [
			await summarizeDataset(reloaded, 'budget', NIGER),
			await summarizeDataset(reloaded, 'contracts', OCDS)
		];
		expect(after).toEqual(before);
		await reloaded.close();
	});

	it('are taken out of the engine again when the browser refuses to store them', async () => {
		const engine = await openNodeEngine();
		const bytes = readFixture(NIGER);
		const result = await importFile(engine, { name: NIGER, bytes }, { datasetId: 'niger' });
		const refusal = await saveImport(engine, memoryDatasetStore(true), result, bytes).catch(
			(error: unknown) => error
		);
		expect(isQuotaError(refusal)).toBe(true);
		expect(await engine.query(`SELECT count(*) AS n FROM budget_lines`)).toEqual([{ n: 0 }]);
		await engine.close();
	});

	it('move to a free id when another tab saved a dataset under the same id meanwhile', async () => {
		const store = memoryDatasetStore();
		const bytes = readFixture(NIGER);
		// Tab 1 and tab 2 both derive `niger` from the file name before either has saved.
		const tab1 = await openNodeEngine();
		const tab2 = await openNodeEngine();
		const first = await importFile(tab1, { name: NIGER, bytes }, { datasetId: 'niger' });
		const second = await importFile(tab2, { name: NIGER, bytes }, { datasetId: 'niger' });
		await saveImport(tab1, store, first, bytes);
		const record = await saveImport(tab2, store, second, bytes);
		expect(record.id).toBe('niger-budget-fr-cp1252'); // from the file name, free
		expect((await store.list()).map((r) => r.id).sort()).toEqual([
			'niger',
			'niger-budget-fr-cp1252'
		]);
		// Tab 2's 11 rows now carry the new id, as a replay of its record will.
		const ids = await tab2.query(
			`SELECT dataset_id, count(*) AS n FROM budget_lines GROUP BY dataset_id`
		);
		expect(ids).toEqual([{ dataset_id: 'niger-budget-fr-cp1252', n: 11 }]);
		await Promise.all([tab1.close(), tab2.close()]);
	});

	it('never replace a dataset stored under the same id', async () => {
		const store = memoryDatasetStore();
		const bytes = readFixture(OCDS);
		const engine = await openNodeEngine();
		const result = await importFile(engine, { name: OCDS, bytes }, { datasetId: 'ocds' });
		const record = await saveImport(engine, store, result, bytes);
		await expect(store.save({ ...record, name: 'other' }, new Uint8Array(3))).rejects.toThrow(
			'key exists'
		);
		expect((await store.list()).map((r) => r.name)).toEqual([OCDS]);
		expect(await store.readBytes('ocds')).toEqual(bytes);
		await engine.close();
	});

	it('can be renamed and removed', async () => {
		const store = memoryDatasetStore();
		const engine = await openNodeEngine();
		const bytes = readFixture(OCDS);
		const result = await importFile(engine, { name: OCDS, bytes }, { datasetId: 'ocds' });
		await saveImport(engine, store, result, bytes);
		await store.rename('ocds', 'Marchés 2023–2024');
		expect((await store.list()).map((r) => r.name)).toEqual(['Marchés 2023–2024']);
		expect(await store.loadMapping(result.sniff!.signature)).toEqual(result.sniff!.mapping);
		await removeDataset(engine, store, 'ocds');
		expect(await store.list()).toEqual([]);
		expect(await engine.query(`SELECT count(*) AS n FROM contracts`)).toEqual([{ n: 0 }]);
		await engine.close();
	});
});
