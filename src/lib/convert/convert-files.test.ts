import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { sqlString } from '../db/sql.ts';
import { convertFiles } from './convert-files.ts';
import type { Manifest } from './layout.ts';
import { readPartitionsSql } from './select-partitions.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ingestFixture = (name: string) =>
	fileURLToPath(new URL(`../ingest/fixtures/${name}`, import.meta.url));
const CANONICAL = fixture('canonical-contracts.csv');

let engine: Engine;
let out: string;
let manifest: Manifest;
const tmp: string[] = [];

beforeAll(async () => {
	engine = await openNodeEngine();
	out = await mkdtemp(join(tmpdir(), 'vigie-convert-'));
	tmp.push(out);
	({ manifest } = await convertFiles(engine, [CANONICAL], out));
});
afterAll(async () => {
	await engine.close();
	for (const dir of tmp) await rm(dir, { recursive: true, force: true });
});

/** Every row of the partitions, read back with the manifest's types. */
async function readBack(m: Manifest, dir: string, select: string, order = 'ORDER BY source_row') {
	const table = m.tables.contracts!;
	const paths = table.partitions.flatMap((p) => p.files.map((f) => join(dir, f.path)));
	return engine.query(`SELECT ${select} FROM ${readPartitionsSql(table, paths)} ${order}`);
}

describe('convertFiles on a canonical contracts file', () => {
	it('writes one gzip file per country and year, the rows without a key in their own partition', () => {
		const partitions = manifest.tables.contracts!.partitions.map((p) => [
			p.country,
			p.year,
			p.rows,
			p.files.map((f) => f.path)
		]);
		expect(partitions).toEqual([
			['MLI', 2022, 2, ['contracts/country_key=MLI/year_key=2022/data_0.csv.gz']],
			['MLI', 2023, 1, ['contracts/country_key=MLI/year_key=2023/data_0.csv.gz']],
			['MLI', null, 1, ['contracts/country_key=MLI/year_key=0/data_0.csv.gz']],
			['NER', 2022, 2, ['contracts/country_key=NER/year_key=2022/data_0.csv.gz']],
			['NER', 2023, 1, ['contracts/country_key=NER/year_key=2023/data_0.csv.gz']],
			[null, 2023, 1, ['contracts/country_key=none/year_key=2023/data_0.csv.gz']]
		]);
	});

	it('records per partition the input rows, sums by method and date range', () => {
		const ner2022 = manifest.tables.contracts!.partitions.find(
			(p) => p.country === 'NER' && p.year === 2022
		);
		// lines 2 and 3: 1 000 000 (open, 15 March) + 8 500 000.5 (direct, 2 November)
		expect(ner2022).toMatchObject({ rows: 2, min: '2022-03-15', max: '2022-11-02' });
		expect(ner2022?.totals).toEqual([
			{ group: 'direct', rows: 1, sum: 8_500_000.5 },
			{ group: 'open', rows: 1, sum: 1_000_000 }
		]);
		// line 6 has no method: its group is null, not dropped
		const mli2022 = manifest.tables.contracts!.partitions.find(
			(p) => p.country === 'MLI' && p.year === 2022
		);
		expect(mli2022?.totals).toEqual([
			{ group: 'open', rows: 1, sum: 400_000 },
			{ group: null, rows: 1, sum: 750_000 }
		]);
		// 8 rows; 1 000 000 + 8 500 000.5 + 250 000 + 400 000 + 750 000 + 120 000 + 300 000 + 600 000
		const sum = manifest.tables
			.contracts!.partitions.flatMap((p) => p.totals)
			.reduce((s, t) => s + (t.sum ?? 0), 0);
		expect([manifest.tables.contracts!.rows, sum]).toEqual([8, 11_920_000.5]);
	});

	it('gives back exactly the input rows, NULLs, quotes and empty strings included', async () => {
		const original = await engine.query(
			`SELECT * FROM ${readPartitionsSql(manifest.tables.contracts!, [CANONICAL], 'auto')} ORDER BY source_row`
		);
		expect(original).toHaveLength(8);
		expect(await readBack(manifest, out, '*')).toEqual(original);
	});

	it('gives the same aggregate as the original file for a query across partitions', async () => {
		const query = (from: string) =>
			engine.query(
				`SELECT method, count(*) AS n, sum(amount) AS total, count(award_date) AS dated
				 FROM ${from} GROUP BY method ORDER BY method NULLS LAST`
			);
		const table = manifest.tables.contracts!;
		const paths = table.partitions.flatMap((p) => p.files.map((f) => join(out, f.path)));
		const fromParts = await query(readPartitionsSql(table, paths));
		expect(fromParts).toEqual(await query(`read_csv(${sqlString(CANONICAL)})`));
		// direct: lines 3 and 4 → 8 750 000.5
		expect(fromParts[0]).toEqual({ method: 'direct', n: 2, total: 8_750_000.5, dated: 2 });
	});

	it('records each file’s size and sha256 as published', async () => {
		const file = manifest.tables.contracts!.partitions[0]!.files[0]!;
		const bytes = await readFile(join(out, file.path));
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
		const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
		expect([file.bytes, file.sha256]).toEqual([bytes.byteLength, hex]);
		expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]); // gzip magic
	});
});

describe('convertFiles through the importer', () => {
	it('validates a non-canonical file with the import page’s code and partitions what it accepts', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'vigie-convert-'));
		tmp.push(dir);
		// The file's engine, emptied: the canonical road above never filled its tables.
		await engine.exec('DROP TABLE IF EXISTS contracts; DROP TABLE IF EXISTS budget_lines');
		const result = await convertFiles(
			engine,
			[ingestFixture('ocds-contracts-utf8-bom.csv'), ingestFixture('niger-budget-fr-cp1252.csv')],
			dir,
			{ country: 'NER' }
		);
		expect(result.files.map((f) => [f.road, f.table, f.rows, f.rejected])).toEqual([
			['importer', 'contracts', 6, 0],
			['importer', 'budget_lines', 11, 0]
		]);
		// The partitions hold what the importer put in the canonical tables, no more, no less.
		const [direct] = await engine.query<{ n: number; s: number }>(
			`SELECT count(*) AS n, sum(amount) AS s FROM contracts`
		);
		const read = await readBack(result.manifest, dir, 'count(*) AS n, sum(amount) AS s', '');
		expect(direct?.n).toBe(6);
		expect(read).toEqual([direct]);
		const budget = result.manifest.tables.budget_lines!;
		expect(budget.partitions.map((p) => [p.country, p.year])).toEqual([
			['NER', 2021],
			['NER', 2022],
			['NER', 2023]
		]);
		expect(budget.rows).toBe(11);
	});
});
