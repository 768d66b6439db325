/**
 * The default SIPRI dataset opened in Node's DuckDB: used at build time to prerender the first
 * chart into the HTML, and by the `vigie` CLI. The browser loads the same CSV into duckdb-wasm.
 */
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { loadMilex } from '../trends/load-milex.ts';

/** Paths are relative to the repository root: npm scripts and `vite build` both run there. */
export const DATA_DIR = join(process.cwd(), 'data');

let engine: Promise<Engine> | undefined;

export function openDefaultDataset(): Promise<Engine> {
	engine ??= (async () => {
		const e = await openNodeEngine();
		await loadMilex(e, join(DATA_DIR, 'sipri-milex.csv'));
		return e;
	})();
	return engine;
}
