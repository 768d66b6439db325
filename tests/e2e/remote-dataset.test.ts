/**
 * A dataset converted by `vigie convert` and published next to the site is read in place by
 * `/donnees-distantes/`: only the manifest and the chosen country-year's file are downloaded, and
 * the totals the browser computes from those rows equal DuckDB's in Node (the manifest's
 * pre-aggregates, computed by `vigie convert` from the original file).
 * The published folder is served at `/remote-e2e/` of the site's own origin (the CSP allows no
 * other) by Playwright's router, which also records every request for it.
 */
import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/convert/layout.ts';
import { vigie } from './cli.ts';

const PREFIX = '/remote-e2e/';
let dir: string;
let manifest: Manifest;

test.beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'vigie-e2e-remote-'));
	await vigie('convert', 'src/lib/convert/fixtures/canonical-contracts.csv', '--out', dir);
	manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
});
test.afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

test('one country-year view downloads its own file only, and its totals equal Node’s', async ({
	page
}) => {
	const requested: string[] = [];
	await page.route(
		(url) => url.pathname.startsWith(PREFIX),
		async (route) => {
			const path = new URL(route.request().url()).pathname.slice(PREFIX.length);
			requested.push(path);
			const body = await readFile(join(dir, path)).catch(() => null);
			await route.fulfill(body ? { status: 200, body } : { status: 404, body: '' });
		}
	);
	await page.goto(
		`/donnees-distantes/?manifest=${PREFIX}manifest.json&country=NER&year=2022&load=1`
	);
	const fetched = page.locator('p.fetched');
	await expect(fetched).toBeVisible({ timeout: 60_000 });

	expect(requested).toEqual([
		'manifest.json',
		'contracts/country_key=NER/year_key=2022/data_0.csv.gz'
	]);
	const partition = manifest.tables.contracts!.partitions.find(
		(p) => p.country === 'NER' && p.year === 2022
	)!;
	expect(await fetched.getAttribute('data-rows')).toBe(String(partition.rows));
	expect(await fetched.getAttribute('data-bytes')).toBe(String(partition.bytes));
	// Node (vigie convert): NER 2022 = direct 8 500 000.5 (1 contract), open 1 000 000 (1)
	expect(partition.totals).toEqual([
		{ group: 'direct', rows: 1, sum: 8_500_000.5 },
		{ group: 'open', rows: 1, sum: 1_000_000 }
	]);
	const cells = await page.locator('#remote-rows tbody tr').evaluateAll((rows) =>
		rows.map((r) => ({
			group: r.getAttribute('data-group') || null,
			rows: Number(r.querySelector('[data-rows]')!.getAttribute('data-rows')),
			sum: Number(r.querySelector('[data-sum]')!.getAttribute('data-sum'))
		}))
	);
	expect(cells).toEqual(partition.totals);
	await expect(page.locator('#remote-rows tbody tr').first()).toContainText('Entente directe');
	await expect(fetched).toContainText('empreinte SHA-256');
});

test('the English page reads the manifest alone and shows the overview without rows', async ({
	page
}) => {
	const requested: string[] = [];
	await page.route(
		(url) => url.pathname.startsWith(PREFIX),
		async (route) => {
			const path = new URL(route.request().url()).pathname.slice(PREFIX.length);
			requested.push(path);
			await route.fulfill({ status: 200, body: await readFile(join(dir, path)) });
		}
	);
	await page.goto(`/en/donnees-distantes/?manifest=${PREFIX}manifest.json&country=MLI&year=2022`);
	const overview = page.locator('#remote-overview');
	await expect(overview).toBeVisible({ timeout: 30_000 });
	// MLI 2022: open 400 000 (1 contract), no method 750 000 (1), largest first
	await expect(overview.locator('tbody tr')).toHaveText([
		/Not stated\s*1\s*750,000/,
		/Open tender\s*1\s*400,000/
	]);
	expect(requested).toEqual(['manifest.json']);
});
