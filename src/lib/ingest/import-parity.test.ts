/** The browser's engine, as `wasm-node-engine.ts` opens it, imports and sums like `openNodeEngine`. */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { openWasmNodeEngine } from '../db/wasm-node-engine.ts';
import { readFixture } from './fixtures/read-fixture.ts';
import { importFile } from './import-file.ts';
import { summarizeDataset } from './report/summarize-dataset.ts';

const FILES = [
	'niger-budget-fr-cp1252.csv',
	'ocds-contracts-utf8-bom.csv',
	'budget-errors.csv',
	'contracts-errors.csv'
];

async function run(engine: Engine) {
	const out = [];
	for (const name of FILES) {
		const result = await importFile(engine, { name, bytes: readFixture(name) });
		const summary = await summarizeDataset(engine, result.sniff!.mapping.kind, name);
		out.push({ problems: result.problems, accepted: result.accepted, summary });
	}
	const dates = await engine.query(
		`SELECT source_row, strftime(award_date, '%Y-%m-%d') AS d FROM contracts ORDER BY dataset_id, source_row`
	);
	await engine.close();
	return { out, dates };
}

describe('import parity', () => {
	it('gives the same problems, counts, sums and dates through both engine modules', async () => {
		const [node, wasm] = [await run(await openNodeEngine()), await run(await openWasmNodeEngine())];
		expect(wasm).toEqual(node);
		expect(node.out[0]!.accepted).toBe(11);
	});
});
