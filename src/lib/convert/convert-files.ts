/**
 * `vigie convert FILE... --out DIR` in Node: loads contracts and budget files, then writes the
 * partitioned layout and its `manifest.json` (see `layout.ts`).
 *
 * Two roads in, said in the result:
 * - a file whose header is exactly a canonical table's columns (what `convert` itself, a
 *   database export or the bench writes) is read by DuckDB's `read_csv` with the canonical types
 *   and streamed to the partitions: no row-level checks beyond DuckDB's casts (a bad value stops
 *   the conversion), but no size limit from the engine's memory either;
 * - any other file goes through the importer (`importFile`: detection, mapping, row checks,
 *   rejected rows), as on the import page. Accepted rows are held in memory first.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { BUDGET_LINES_DDL, CONTRACTS_DDL } from '../db/tables.ts';
import { importFile } from '../ingest/import-file.ts';
import { MANIFEST_FORMAT, type Manifest, type PartitionedTable } from './layout.ts';
import { readPartitionsSql } from './select-partitions.ts';
import { canonicalColumns, writePartitions } from './write-partitions.ts';

export interface ConvertedFile {
	path: string;
	road: 'canonical' | 'importer';
	table: PartitionedTable | null;
	rows: number;
	rejected: number;
	problemCount: number;
}

export interface ConvertOptions {
	/** Country of rows that state none (importer road only). */
	country?: string;
	/** The sheet read in each workbook (importer road only). */
	sheet?: string;
}

const TABLES: PartitionedTable[] = ['contracts', 'budget_lines'];

/** The canonical table whose exact column list `header` is, if any. */
async function canonicalTable(engine: Engine, header: string): Promise<PartitionedTable | null> {
	const names = header
		.replace(/^\uFEFF/, '')
		.trim()
		.split(',');
	for (const table of TABLES) {
		const columns = (await canonicalColumns(engine, table)).map((c) => c.name);
		if (columns.join(',') === names.map((n) => n.replace(/^"|"$/g, '')).join(',')) return table;
	}
	return null;
}

async function firstLine(path: string): Promise<string> {
	const bytes = await readFile(path);
	const end = bytes.indexOf(10);
	return new TextDecoder().decode(bytes.subarray(0, end < 0 ? Math.min(bytes.length, 4096) : end));
}

/** Converts `paths` into `outDir`; returns what each file gave and the manifest written. */
export async function convertFiles(
	engine: Engine,
	paths: readonly string[],
	outDir: string,
	options: ConvertOptions = {}
): Promise<{ files: ConvertedFile[]; manifest: Manifest }> {
	await engine.exec(`${CONTRACTS_DDL};\n${BUDGET_LINES_DDL}`);
	const files: ConvertedFile[] = [];
	const canonical: Record<PartitionedTable, string[]> = { contracts: [], budget_lines: [] };
	for (const path of paths) {
		const table = await canonicalTable(engine, await firstLine(path));
		if (table) {
			canonical[table].push(path);
			files.push({ path, road: 'canonical', table, rows: 0, rejected: 0, problemCount: 0 });
			continue;
		}
		const bytes = new Uint8Array(await readFile(path));
		const result = await importFile(engine, { name: basename(path), bytes }, options);
		const kind = result.committed ? result.sniff?.mapping.kind : undefined;
		const loaded = kind === 'contracts' ? 'contracts' : kind === 'budget' ? 'budget_lines' : null;
		const { accepted, rejected, problemCount } = result;
		files.push({ path, road: 'importer', table: loaded, rows: accepted, rejected, problemCount });
	}
	await mkdir(outDir, { recursive: true });
	const manifest: Manifest = {
		format: MANIFEST_FORMAT,
		created: new Date().toISOString(),
		tables: {}
	};
	for (const table of TABLES) {
		const source = await sourceOf(engine, table, canonical[table]);
		if (!source) continue;
		manifest.tables[table] = await writePartitions(engine, table, outDir, source);
	}
	await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest));
	return { files, manifest };
}

/**
 * What to partition for `table`: the canonical files straight from disk when nothing came through
 * the importer, else everything in the table (canonical files appended to it first).
 */
async function sourceOf(engine: Engine, table: PartitionedTable, paths: string[]) {
	const [count] = await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
	const n = count?.n ?? 0;
	if (!paths.length) return n > 0 ? `SELECT * FROM ${table}` : null;
	const read = readPartitionsSql({ columns: await canonicalColumns(engine, table) }, paths, 'auto');
	if (n === 0) return `SELECT * FROM ${read}`;
	await engine.exec(`INSERT INTO ${table} SELECT * FROM ${read}`);
	return `SELECT * FROM ${table}`;
}
