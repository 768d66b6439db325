/**
 * Node side of `vigie convert`: writes one canonical table (or any query with its columns) as
 * gzip CSV partitions by country and year with DuckDB's own `COPY … PARTITION_BY`, then describes
 * every file for the manifest (rows, ranges and pre-aggregates from one GROUP BY over the same
 * source, size and sha256 from the file on disk).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { quoteIdent, sqlString } from '../db/sql.ts';
import {
	NO_COUNTRY,
	NO_YEAR,
	PARTITIONING,
	type GroupTotal,
	type Partition,
	type PartitionedTable,
	type TableManifest
} from './layout.ts';

type Stat = {
	country: string | null;
	year: number | null;
	grp: string | null;
	rows: number;
	total: number | null;
	lo: string | number | null;
	hi: string | number | null;
};

/** The canonical columns of `table` with their DuckDB types, in table order. */
export async function canonicalColumns(engine: Engine, table: PartitionedTable) {
	return engine.query<{ name: string; type: string }>(
		`SELECT column_name AS name, data_type AS type FROM information_schema.columns
		 WHERE table_name = ? ORDER BY ordinal_position`,
		[table]
	);
}

/**
 * Writes `source` (a SELECT with exactly the canonical columns of `table`; default the table
 * itself) under `outDir/<table>/`, replacing what was there, and returns its manifest entry.
 */
export async function writePartitions(
	engine: Engine,
	table: PartitionedTable,
	outDir: string,
	source = `SELECT * FROM ${quoteIdent(table)}`
): Promise<TableManifest> {
	const columns = await canonicalColumns(engine, table);
	const list = columns.map((c) => quoteIdent(c.name)).join(', ');
	const { year } = PARTITIONING[table];
	const dir = join(outDir, table);
	await rm(dir, { recursive: true, force: true });
	await mkdir(outDir, { recursive: true });
	// The keys are extra columns, left out of the files: the rows keep their own NULLs.
	await engine.exec(
		`COPY (SELECT ${list}, coalesce(country, ${sqlString(NO_COUNTRY)}) AS country_key,
			coalesce(${year}, ${NO_YEAR}) AS year_key FROM (${source}))
		 TO ${sqlString(dir)} (FORMAT csv, HEADER true, PARTITION_BY (country_key, year_key))`
	);
	await gzipAll(await listFiles(dir));
	const partitions = await describePartitions(engine, table, outDir, source);
	return {
		columns,
		rows: partitions.reduce((n, p) => n + p.rows, 0),
		bytes: partitions.reduce((n, p) => n + p.bytes, 0),
		partitions
	};
}

/** One pass over `source` for every partition's counts, ranges and group totals. */
async function partitionStats(engine: Engine, table: PartitionedTable, source: string) {
	const { year, group, measure, range } = PARTITIONING[table];
	const shown = range === 'award_date' ? `strftime(${range}, '%Y-%m-%d')` : range;
	return engine.query<Stat>(
		`SELECT country, ${year} AS year, ${group} AS grp, count(*) AS rows,
			sum(${measure}) AS total, min(${shown}) AS lo, max(${shown}) AS hi
		 FROM (${source}) GROUP BY ALL ORDER BY country, year, grp`
	);
}

async function describePartitions(
	engine: Engine,
	table: PartitionedTable,
	outDir: string,
	source: string
): Promise<Partition[]> {
	const byKey = new Map<string, Partition>();
	for (const s of await partitionStats(engine, table, source)) {
		const key = `${s.country ?? NO_COUNTRY}/${s.year ?? NO_YEAR}`;
		const p = byKey.get(key) ?? newPartition(s);
		p.rows += s.rows;
		p.min = extreme(p.min, s.lo, -1);
		p.max = extreme(p.max, s.hi, 1);
		p.totals.push({ group: s.grp, rows: s.rows, sum: s.total } satisfies GroupTotal);
		byKey.set(key, p);
	}
	for (const path of await listFiles(join(outDir, table))) {
		const rel = relative(outDir, path).split(sep).join('/');
		const m = /country_key=([^/]+)\/year_key=(\d+)\//.exec(rel);
		const p = m && byKey.get(`${m[1]}/${m[2]}`);
		if (!p) throw new Error(`convert: unexpected file ${rel}`);
		const sha256 = createHash('sha256');
		await pipeline(createReadStream(path), sha256);
		const { size } = await stat(path);
		p.files.push({ path: rel, bytes: size, sha256: sha256.digest('hex') });
		p.bytes += size;
	}
	const partitions = [...byKey.values()];
	if (partitions.some((p) => !p.files.length)) throw new Error('convert: a partition has no file');
	return partitions;
}

function newPartition(s: Stat): Partition {
	const rest = { rows: 0, bytes: 0, files: [], min: s.lo, max: s.hi, totals: [] };
	return { country: s.country, year: s.year, ...rest };
}

/** The smaller (`sign` -1) or larger (1) of two comparable values, ignoring nulls. */
function extreme<T extends string | number | null>(a: T, b: T, sign: 1 | -1): T {
	if (a === null) return b;
	if (b === null) return a;
	return (a < b ? -1 : 1) === sign ? a : b;
}

/**
 * Compresses each file to `<file>.gz` and removes the original, two at a time: Node's zlib is
 * about twice as fast as duckdb-wasm's own gzip writer, and runs off the main thread.
 */
async function gzipAll(files: string[]): Promise<void> {
	const queue = [...files];
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			await pipeline(
				createReadStream(file),
				createGzip({ level: 6 }),
				createWriteStream(`${file}.gz`)
			);
			await rm(file);
		}
	};
	await Promise.all([worker(), worker()]);
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort();
}
