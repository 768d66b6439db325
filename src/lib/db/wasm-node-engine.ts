/**
 * duckdb-wasm's own Node build: the very engine the browser runs, used only by the parity
 * test to prove that SQL answered by `node-engine.ts` gives the browser the same numbers.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGINE_SETTINGS, type Engine, type Row } from './engine.ts';
import { normalizeRow } from './normalize-row.ts';

export async function openWasmNodeEngine(): Promise<Engine> {
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
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection = db.connect();
	for (const setting of ENGINE_SETTINGS) connection.query(setting);

	const toRows = <T>(table: { toArray(): Array<{ toJSON(): Record<string, unknown> }> }) =>
		table.toArray().map((row) => normalizeRow<T>(row.toJSON()));

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
