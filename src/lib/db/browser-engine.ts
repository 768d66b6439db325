/**
 * The browser's DuckDB: duckdb-wasm in a Web Worker, started once, lazily, on first use.
 * This module and `wasm-node-engine.ts` are the only importers of `@duckdb/duckdb-wasm`.
 *
 * The engine files are bundled by Vite (`?url`) and served by the site itself: Vigie must work
 * with no internet, so nothing is fetched from a CDN, and extension autoloading is off.
 * Import this module with a dynamic `import()` from browser-only code: duckdb-wasm touches
 * `Worker` at import time, which breaks prerendering.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { ENGINE_SETTINGS, type Engine, type Row } from './engine.ts';
import { normalizeRow } from './normalize-row.ts';

let pending: Promise<Engine> | undefined;

/** Returns the page's single engine, starting it on the first call. */
export function getBrowserEngine(): Promise<Engine> {
	pending ??= startEngine().catch((error: unknown) => {
		pending = undefined; // let a later call retry (e.g. after a worker crash)
		throw error;
	});
	return pending;
}

async function startEngine(): Promise<Engine> {
	// The worker is a classic script, not a module worker.
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection = await db.connect();
	for (const setting of ENGINE_SETTINGS) await connection.query(setting);

	return {
		async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
			if (params.length === 0) return toRows<T>(await connection.query(sql));
			const statement = await connection.prepare(sql);
			try {
				return toRows<T>(await statement.query(...params));
			} finally {
				await statement.close();
			}
		},
		async exec(sql: string) {
			await connection.query(sql);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			await db.registerFileBuffer(name, bytes);
			return name;
		},
		async dropFile(name: string) {
			await db.dropFile(name);
		},
		async close() {
			await connection.close();
			await db.terminate();
			pending = undefined;
		}
	};
}

/** Arrow rows → plain objects (Arrow's row proxies do not survive structuredClone or JSON). */
function toRows<T>(table: { toArray(): Array<{ toJSON(): Record<string, unknown> }> }): T[] {
	return table.toArray().map((row) => normalizeRow<T>(row.toJSON()));
}
