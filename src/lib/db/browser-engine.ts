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
import { engineStatus } from './engine-status.svelte.ts';
import { normalizeRow } from './normalize-row.ts';
import { watchWorker, type WorkerWatch } from './watch-worker.ts';

let pending: Promise<Engine> | undefined;

/** Returns the page's single engine, starting it on the first call (and after a crash). */
export function getBrowserEngine(): Promise<Engine> {
	const started = (pending ??= startEngine(() => {
		// The dead engine is forgotten: the next call starts a fresh worker.
		if (pending === started) pending = undefined;
		engineStatus.phase = 'crashed';
	}).catch((error: unknown) => {
		if (pending === started) pending = undefined; // let a later call retry
		throw error;
	}));
	return started;
}

async function startEngine(onCrash: () => void): Promise<Engine> {
	// The worker is a classic script, not a module worker.
	const worker = new Worker(workerUrl);
	const watch = watchWorker(worker, onCrash);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await watch.guard(db.instantiate(wasmUrl));
	await watch.guard(db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } }));
	const connection = await watch.guard(db.connect());
	for (const setting of ENGINE_SETTINGS) await watch.guard(connection.query(setting));
	return engineOf(db, connection, watch);
}

/** The `Engine` over one connection; every call rejects at once if the worker has died. */
function engineOf(
	db: duckdb.AsyncDuckDB,
	connection: duckdb.AsyncDuckDBConnection,
	{ guard }: WorkerWatch
): Engine {
	return {
		async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
			if (params.length === 0) return toRows<T>(await guard(connection.query(sql)));
			const statement = await guard(connection.prepare(sql));
			try {
				return toRows<T>(await guard(statement.query(...params)));
			} finally {
				await guard(statement.close()).catch(() => {});
			}
		},
		async exec(sql: string) {
			await guard(connection.query(sql));
		},
		async registerFile(name: string, bytes: Uint8Array) {
			await guard(db.registerFileBuffer(name, bytes));
			return name;
		},
		async dropFile(name: string) {
			await guard(db.dropFile(name));
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
