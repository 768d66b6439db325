/**
 * DuckDB for Node (CLI, build-time prerender, unit tests): `@duckdb/node-api`, pinned to the
 * DuckDB version that duckdb-wasm 1.32 embeds (1.4.3) so SQL and file formats match the
 * browser. `parity.test.ts` runs the project's SQL through both engines.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_SETTINGS, type Engine, type Row } from './engine.ts';
import { normalizeRow } from './normalize-row.ts';

export async function openNodeEngine(): Promise<Engine> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const connection: DuckDBConnection = await instance.connect();
	for (const setting of ENGINE_SETTINGS) await connection.run(setting);
	let scratch: string | undefined;

	return {
		async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
			const reader = await connection.runAndReadAll(
				sql,
				params.length ? ([...params] as never) : undefined
			);
			return reader.getRowObjectsJS().map((row) => normalizeRow<T>(row as Record<string, unknown>));
		},
		async exec(sql: string) {
			await connection.run(sql);
		},
		async registerFile(name: string, bytes: Uint8Array) {
			scratch ??= await mkdtemp(join(tmpdir(), 'vigie-'));
			const path = join(scratch, name.replaceAll('/', '_'));
			await writeFile(path, bytes);
			return path;
		},
		async dropFile(name: string) {
			if (scratch) await rm(join(scratch, name.replaceAll('/', '_')), { force: true });
		},
		async close() {
			connection.closeSync();
			instance.closeSync();
			if (scratch) await rm(scratch, { recursive: true, force: true });
		}
	};
}
