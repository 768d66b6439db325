/**
 * Browser/terminal parity: every registered indicator, run on its own fixtures, gives the
 * same results in Node's DuckDB (CLI, tests) and in duckdb-wasm (the browser's engine), and
 * `vigie indicators --json` prints what the browser computes from the same files.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/indicators.ts';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { openWasmNodeEngine } from '../db/wasm-node-engine.ts';
import { INDICATORS } from './index.ts';
import { loadCanonicalCsv } from './load-canonical-csv.ts';
import { loadFixtures } from './load-fixtures.ts';
import { resultToJson } from './result-to-json.ts';
import { runIndicators } from './run-indicators.ts';

const TABLES = ['budget_lines', 'contracts', 'oversight_events', 'milex'];
let node: Engine;
let wasm: Engine;

beforeAll(async () => {
	[node, wasm] = await Promise.all([openNodeEngine(), openWasmNodeEngine()]);
});
afterAll(async () => {
	await node.close();
	await wasm.close();
});

async function runOnFixtures(engine: Engine, id: string) {
	for (const table of TABLES) await engine.exec(`DROP TABLE IF EXISTS ${table}`);
	await loadFixtures(engine, join(import.meta.dirname, id));
	return runIndicators(engine, { ids: [id] });
}

describe('node and wasm engines agree', () => {
	it.each(INDICATORS.map((i) => i.id))('%s gives identical results', async (id) => {
		const fromNode = await runOnFixtures(node, id);
		const fromWasm = await runOnFixtures(wasm, id);
		expect(fromNode.length).toBeGreaterThan(0);
		expect(fromWasm).toEqual(fromNode);
	});
});

describe('the terminal and the browser agree', () => {
	const files = [
		'accountability-gap/fixture-budget.csv',
		'accountability-gap/fixture-contracts.csv',
		'accountability-gap/fixture-oversight.csv',
		'possible-splitting/fixture.csv',
		'milex-growth/fixture.csv'
	].map((f) => join(import.meta.dirname, f));

	it('vigie indicators --json prints the results duckdb-wasm computes', async () => {
		const printed: string[] = [];
		const log = vi
			.spyOn(console, 'log')
			.mockImplementation((text: string) => void printed.push(text));
		const status = await run([...files, '--json']);
		log.mockRestore();
		expect(status).toBe(0);

		for (const table of TABLES) await wasm.exec(`DROP TABLE IF EXISTS ${table}`);
		for (const file of files) {
			const name =
				basename(file) === 'fixture.csv' ? `${basename(join(file, '..'))}.csv` : basename(file);
			await loadCanonicalCsv(wasm, name, new Uint8Array(await readFile(file)));
		}
		// dataset_id differs (file names) but no indicator reads it as a value
		const fromBrowser = (await runIndicators(wasm)).map(resultToJson);
		expect(fromBrowser.length).toBeGreaterThan(50);
		expect(JSON.parse(printed.join('\n'))).toEqual(fromBrowser);
	});
});
