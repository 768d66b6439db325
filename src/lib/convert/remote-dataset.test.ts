import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { sqlString } from '../db/sql.ts';
import { convertFiles } from './convert-files.ts';
import type { Manifest } from './layout.ts';
import { fetchManifest, loadRemoteView, remoteTotals } from './remote-dataset.ts';

const CANONICAL = fileURLToPath(new URL('./fixtures/canonical-contracts.csv', import.meta.url));
const HOST = 'https://vigie.example/donnees/';

let engine: Engine;
let dir: string;
let manifest: Manifest;
/** URLs asked of the fake host, which serves `dir` (as the static host would). */
let requested: string[] = [];
const fakeFetch = async (url: string) => {
	requested.push(url);
	const path = join(dir, url.slice(HOST.length));
	const bytes = await readFile(path).catch(() => null);
	return new Response(bytes, { status: bytes ? 200 : 404 });
};

beforeAll(async () => {
	engine = await openNodeEngine();
	dir = await mkdtemp(join(tmpdir(), 'vigie-remote-'));
	await convertFiles(engine, [CANONICAL], dir);
	manifest = await fetchManifest(`${HOST}manifest.json`, fakeFetch);
});
afterAll(async () => {
	await engine.close();
	await rm(dir, { recursive: true, force: true });
});

const load = (filter: Parameters<typeof loadRemoteView>[3]) => {
	requested = [];
	return loadRemoteView(engine, { url: `${HOST}manifest.json`, manifest }, 'contracts', filter, {
		fetch: fakeFetch
	});
};

describe('loadRemoteView', () => {
	it('downloads only the country-year file and loads its rows', async () => {
		const view = await load({ countries: ['NER'], from: 2022, to: 2022 });
		expect(requested).toEqual([`${HOST}contracts/country_key=NER/year_key=2022/data_0.csv.gz`]);
		const file = manifest.tables.contracts!.partitions.find(
			(p) => p.country === 'NER' && p.year === 2022
		)!.files[0]!;
		expect([view.rows, view.bytes, view.totalRows, view.verified]).toEqual([
			2,
			file.bytes,
			8,
			true
		]);
	});

	it('gives the same totals by method as the same query on the original file', async () => {
		const view = await load({ countries: ['MLI'] });
		expect(requested).toHaveLength(3); // 2022, 2023 and the undated row
		const expected = await engine.query(
			`SELECT method AS "group", count(*) AS rows, sum(amount) AS sum
			 FROM read_csv(${sqlString(CANONICAL)}) WHERE country = 'MLI'
			 GROUP BY ALL ORDER BY sum DESC NULLS LAST, "group"`
		);
		// MLI: open 400 000 + 600 000 = 1 000 000; no method 750 000; selective 300 000
		expect(expected).toEqual([
			{ group: 'open', rows: 2, sum: 1_000_000 },
			{ group: null, rows: 1, sum: 750_000 },
			{ group: 'selective', rows: 1, sum: 300_000 }
		]);
		expect(await remoteTotals(engine, view, 'contracts')).toEqual(expected);
	});

	it('loads an empty table, fetching nothing, when no partition matches', async () => {
		const view = await load({ countries: ['TCD'], from: 2022, to: 2022 });
		expect([requested, view.rows, view.bytes]).toEqual([[], 0, 0]);
		expect(await remoteTotals(engine, view, 'contracts')).toEqual([]);
	});

	it('refuses a file that does not match the manifest’s sha256', async () => {
		const path = join(dir, 'contracts/country_key=NER/year_key=2023/data_0.csv.gz');
		const original = await readFile(path);
		const other = await readFile(
			join(dir, 'contracts/country_key=MLI/year_key=2023/data_0.csv.gz')
		);
		await writeFile(path, other);
		try {
			await expect(load({ countries: ['NER'], from: 2023, to: 2023 })).rejects.toThrow(
				'sha256 does not match'
			);
		} finally {
			await writeFile(path, original);
		}
	});

	it('says which file is missing on the host', async () => {
		const broken = structuredClone(manifest);
		broken.tables.contracts!.partitions[0]!.files[0]!.path = 'contracts/absent.csv.gz';
		requested = [];
		const source = { url: `${HOST}manifest.json`, manifest: broken };
		await expect(
			loadRemoteView(
				engine,
				source,
				'contracts',
				{ countries: ['MLI'], from: 2022, to: 2022 },
				{
					fetch: fakeFetch
				}
			)
		).rejects.toThrow(`${HOST}contracts/absent.csv.gz: HTTP 404`);
	});
});
