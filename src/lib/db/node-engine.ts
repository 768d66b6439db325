/**
 * DuckDB for Node (CLI, build-time prerender, unit tests): duckdb-wasm's own Node build, i.e. the
 * very engine the browser runs, so a query that passes here cannot fail there for a version or
 * feature difference. (`@duckdb/node-api` was tried first: its per-platform binaries are not all
 * on the package registry this project installs from, which breaks `npm ci`.)
 * Only this module and `browser-engine.ts` import `@duckdb/duckdb-wasm`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGINE_SETTINGS, type Engine, type Row } from './engine.ts';
import { normalizeRow } from './normalize-row.ts';

type ArrowTable = { toArray(): Array<{ toJSON(): Record<string, unknown> }> };
const toRows = <T>(table: ArrowTable) =>
	table.toArray().map((row) => normalizeRow<T>(row.toJSON()));

/** The internals of duckdb-wasm's Node bindings that `reuseCompiledModule` relies on. */
type BindingsInternals = {
	mainModulePath?: string;
	_runtime?: object;
	instantiateWasm?: (
		imports: WebAssembly.Imports,
		done: (i: WebAssembly.Instance, m: WebAssembly.Module) => void
	) => unknown;
};

let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * Compiling the 34 MB engine takes about a second; every engine after the first in a process
 * (the unit tests open dozens) reuses the compiled module and only instantiates it. This
 * replaces the bindings' own `instantiateWasm` (same steps, minus the compile); if the
 * internals ever change shape, the original path is kept.
 */
function reuseCompiledModule(db: BindingsInternals, ehPath: string): void {
	const runtime = db._runtime;
	if (!runtime || db.mainModulePath !== ehPath || typeof db.instantiateWasm !== 'function') return;
	db.instantiateWasm = (imports, done) => {
		const bound: Record<string, unknown> = {};
		for (const name of Object.getOwnPropertyNames(runtime))
			if (name !== 'constructor')
				bound[name] = Object.getOwnPropertyDescriptor(runtime, name)?.value;
		(globalThis as Record<string, unknown>).DUCKDB_RUNTIME = bound;
		compiled ??= WebAssembly.compile(readFileSync(ehPath));
		compiled
			.then((module) =>
				WebAssembly.instantiate(module, imports).then((instance) => done(instance, module))
			)
			.catch((error: unknown) => console.error(error));
		return [];
	};
}

export async function openNodeEngine(): Promise<Engine> {
	const require = createRequire(import.meta.url);
	const duckdb = await import('@duckdb/duckdb-wasm/blocking');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	reuseCompiledModule(db as unknown as BindingsInternals, join(dist, 'duckdb-eh.wasm'));
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection = db.connect();
	for (const setting of ENGINE_SETTINGS) connection.query(setting);

	return {
		async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
			if (params.length === 0) return toRows<T>(connection.query(sql));
			const statement = connection.prepare(sql);
			try {
				return toRows<T>(statement.query(...params));
			} finally {
				statement.close();
			}
		},
		async exec(sql: string) {
			connection.query(sql);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			db.registerFileBuffer(name, bytes);
			return name;
		},
		async dropFile(name: string) {
			db.dropFile(name);
		},
		async close() {
			connection.close();
		}
	};
}
