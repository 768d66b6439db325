import { describe, expect, it } from 'vitest';
import { openNodeEngine } from '../db/node-engine.ts';
import { memoryDatasetStore } from './fixtures/memory-dataset-store.ts';
import { readFixture } from './fixtures/read-fixture.ts';
import { importFile } from './import-file.ts';
import { removeDataset, restoreDatasets, saveImport } from './restore-datasets.ts';
import { summarizeDataset } from './summarize-dataset.ts';

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
		await expect(saveImport(engine, memoryDatasetStore(true), result, bytes)).rejects.toThrow(
			'Quota'
		);
		expect(await engine.query(`SELECT count(*) AS n FROM budget_lines`)).toEqual([{ n: 0 }]);
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
