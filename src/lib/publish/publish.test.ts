import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDefaults } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { resultToJson } from '../indicators/result-to-json.ts';
import { loadMilex } from '../trends/load-milex.ts';
import type { DataPackage } from './datapackage.ts';
import { importSources } from './import-sources.ts';
import { publishedDatasets, type Publication } from './publication.ts';
import { publishedFileReader, readPublication } from './read-publication.ts';
import { validateDataPackage } from './validate-datapackage.ts';
import { writePublication } from './write-publication.ts';

const FIXTURES = 'src/lib/ingest/fixtures';
const BUDGET = `${FIXTURES}/niger-budget-fr-cp1252.csv`;
const CONTRACTS = `${FIXTURES}/contracts-bulletin-no-country.csv`;

let dir: string;
let imported: Engine;
let site: Engine;
let publication: Publication;
const published = new Date('2026-12-06T09:00:00Z');

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'vigie-publication-test-'));
	imported = await openNodeEngine();
	const sources = await importSources(imported, [
		{ path: BUDGET },
		{ path: CONTRACTS, country: 'MLI' }
	]);
	publication = await writePublication(imported, sources, dir, {
		publisher: { name: 'Observatoire citoyen du budget', url: 'https://example.org/' },
		title: 'Vigie Niger',
		licence: { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0' },
		locale: 'fr',
		published
	});
	// The site's engine, as the build and the browser open it: SIPRI, the published CSVs, demo.
	site = await openNodeEngine();
	await loadMilex(site, 'data/sipri-milex.csv');
	const defaults = { datasets: publishedDatasets(publication), read: publishedFileReader(dir) };
	expect(await syncDefaults(site, [], nodeDemoReader(), defaults)).toEqual({
		demoKinds: ['oversight'],
		publishedKinds: ['budget', 'contracts']
	});
});
afterAll(async () => {
	await Promise.all([imported.close(), site.close()]);
	await rm(dir, { recursive: true, force: true });
});

const sha256 = async (path: string) =>
	createHash('sha256')
		.update(await readFile(path))
		.digest('hex');

describe('writePublication', () => {
	test('publication.json names each source file with its own SHA-256 and row counts', async () => {
		expect(await readPublication(dir)).toEqual(publication);
		expect(publication.datasets.map((d) => [d.name, d.kind, d.rows, d.rejected])).toEqual([
			['niger-budget-fr-cp1252', 'budget', 11, 0],
			['contracts-bulletin-no-country', 'contracts', 5, 0]
		]);
		expect(publication.datasets[0]!.source.sha256).toBe(await sha256(BUDGET));
		expect(publication.datasets[1]!.source.sha256).toBe(await sha256(CONTRACTS));
		expect(publication.published).toBe('2026-12-06T09:00:00.000Z');
	});

	test('the site reads back exactly the rows the importer stored', async () => {
		for (const [table, id] of [
			['budget_lines', 'niger-budget-fr-cp1252'],
			['contracts', 'contracts-bulletin-no-country']
		]) {
			const select = `SELECT * EXCLUDE (dataset_id) FROM ${table} WHERE dataset_id = ? ORDER BY source_row`;
			const stored = await imported.query(select, [id]);
			expect(stored.length).toBeGreaterThan(0);
			expect(await site.query(select, [`published:${id}`])).toEqual(stored);
		}
	});

	test('the published indicator set is what the site computes on its default data', async () => {
		const set = JSON.parse(await readFile(join(dir, 'indicateurs.json'), 'utf8'));
		const onSite = (await runIndicators(site)).map(resultToJson);
		expect(set.results).toEqual(JSON.parse(JSON.stringify(onSite)));
		expect(set.meta.fingerprint.value).toBe(publication.indicators.fingerprint);
		// Niger 2021, executed ÷ voted: (63 987,25 + 20 915,40 + 22 740,10 + 21 655,80 + 950)
		// ÷ (62 418,5 + 18 250 + 35 000 + 21 730 + 1 200) = 130 248,55 ÷ 138 598,5 = 0.93975…
		const rate = set.results.find(
			(r: { id: string; country: string; year: number; measure?: string }) =>
				r.id === 'execution-rate' &&
				r.country === 'NER' &&
				r.year === 2021 &&
				r.measure === 'approved'
		);
		expect(rate.value).toBeCloseTo(130248.55 / 138598.5, 12);
		// inputs: SIPRI, the two files (with their import options), the demo of oversight
		expect(set.meta.fingerprint.inputs.map((i: { name: string }) => i.name)).toEqual([
			'data/sipri-milex.csv',
			'niger-budget-fr-cp1252.csv',
			'contracts-bulletin-no-country.csv',
			'data/demo/oversight-events.csv'
		]);
	});
});

describe('datapackage.json', () => {
	let pkg: DataPackage;
	beforeAll(async () => {
		pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
	});

	test('follows the Frictionless rules and lists every file of the folder', () => {
		expect(validateDataPackage(pkg)).toEqual([]);
		expect(pkg.resources.map((r) => r.path)).toEqual([
			'niger-budget-fr-cp1252.csv',
			'contracts-bulletin-no-country.csv',
			'indicateurs.csv',
			'indicateurs.json',
			'publication.json'
		]);
		expect(pkg).toMatchObject({
			name: 'vigie-observatoire-citoyen-du-budget',
			title: 'Vigie Niger',
			homepage: 'https://example.org/',
			licenses: [{ name: 'CC-BY-4.0' }],
			contributors: [{ title: 'Observatoire citoyen du budget', role: 'publisher' }]
		});
	});

	test('each resource’s size and sha256 are the file’s; each CSV’s header its schema', async () => {
		for (const r of pkg.resources) {
			const bytes = await readFile(join(dir, r.path));
			expect(r.bytes, r.path).toBe(bytes.byteLength);
			expect(r.hash, r.path).toBe(`sha256:${await sha256(join(dir, r.path))}`);
			if (r.format !== 'csv') continue;
			const header = bytes
				.toString('utf8')
				.replace(/^\uFEFF/, '')
				.split('\r\n')
				.join('\n')
				.split('\n')
				.find((l) => !l.startsWith('#'))!;
			expect(header.split(','), r.path).toEqual(r.schema!.fields.map((f) => f.name));
		}
	});

	test('the indicator resources say which kinds rest on demonstration data', () => {
		const indicators = pkg.resources.find((r) => r.name === 'indicateurs-json')!;
		expect(indicators.description).toContain('actes de contrôle n’ayant pas été publiés');
	});
});

describe('validateDataPackage', () => {
	const resource = {
		name: 'budget',
		path: 'budget.csv',
		profile: 'tabular-data-resource',
		schema: { fields: [{ name: 'year', type: 'integer' }] }
	};
	test('finds each breach: names, paths, types, hashes, keys', () => {
		expect(validateDataPackage({ resources: [] })).toEqual(['resources: at least one, required']);
		expect(
			validateDataPackage({
				name: 'Vigie Niger',
				resources: [
					{ ...resource, name: 'Budget', path: '../budget.csv', hash: 'sha256:abc' },
					{
						...resource,
						schema: { fields: [{ name: 'year', type: 'text' }], primaryKey: ['row'] }
					},
					{ ...resource, schema: undefined }
				],
				licenses: [{ title: 'no name' }]
			})
		).toEqual([
			'resources[0].name: lower case [a-z0-9._-], required',
			'resources[0].path: a relative path inside the package, required',
			'resources[0].hash: [algorithm:]hex digest',
			'resources[1].schema.fields[0].type: "text" is not a Table Schema type',
			'resources[1].schema.primaryKey: no field "row"',
			'resources[2].schema: a tabular resource needs a schema',
			'resources: names must be unique',
			'name: lower case [a-z0-9._-]',
			'licenses[0]: a name or a path'
		]);
	});
});
