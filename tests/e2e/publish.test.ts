/**
 * A civil-society organisation publishes its own Vigie (issue 16): `vigie publish` on a French
 * budget (Niger, a country column) and a procurement bulletin without a country column
 * (`--file-country MLI`), under the base path /vigie, served as a plain static host would
 * (`scripts/serve-static.ts`, with the .br/.gz copies). One publish build for the whole file: a
 * full Vite build takes about a minute here. The site's views show the publisher's data, JavaScript
 * or not, with no demonstration notice for those two kinds (oversight stays demonstration data,
 * labelled); the published indicator set equals `vigie indicators` on the same files; a visitor's
 * own import replaces the published budget and removing it brings it back. A rejected row stops a
 * publish with its row number; `--allow-rejected` writes the rejected rows beside the site.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveStatic, type StaticServer } from '../../scripts/serve-static.ts';
import { vigie } from './cli.ts';

const run = promisify(execFile);
const FIXTURES = 'src/lib/ingest/fixtures';
const BUDGET = `${FIXTURES}/niger-budget-fr-cp1252.csv`;
const CONTRACTS = `${FIXTURES}/contracts-bulletin-no-country.csv`;
const PUBLISHER = 'Observatoire citoyen du budget';
/** The files as both commands take them: the country of the bulletin given before the files. */
const FILES = ['--file-country', 'MLI', BUDGET, CONTRACTS];

/** `vigie publish` as a user runs it; never throws: the exit code and both outputs. */
async function publish(...args: string[]) {
	const command = ['--import', 'tsx', '--import', './scripts/raw-loader.mjs', 'src/cli/vigie.ts'];
	try {
		const r = await run(process.execPath, [...command, 'publish', ...args], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		return { code: 0, stdout: r.stdout, stderr: r.stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

test.describe.serial('a published Vigie', () => {
	let tmp: string;
	let site: string;
	let server: StaticServer;
	let cliIndicators: Promise<string>;
	const url = (path: string) => `${server.url}/vigie${path}`;

	test.beforeAll(async () => {
		// One full build of the site (Vite and precompression): the hook's own time.
		test.setTimeout(420_000);
		tmp = await mkdtemp(join(tmpdir(), 'vigie-e2e-publish-'));
		site = join(tmp, 'www', 'vigie');
		cliIndicators = vigie('indicators', '--with-default', '--with-demo', ...FILES, '--json');
		const published = await publish(
			...FILES,
			'--out',
			site,
			'--publisher',
			PUBLISHER,
			'--publisher-url',
			'https://example.org/observatoire/',
			'--title',
			'Vigie Niger',
			'--base',
			'/vigie'
		);
		expect(published.code, published.stderr.slice(-2000)).toBe(0);
		server = await serveStatic({ dir: join(tmp, 'www'), port: 0 });
	});
	test.afterAll(async () => {
		await server?.close();
		if (tmp) await rm(tmp, { recursive: true, force: true });
	});

	test('donnees/indicateurs.json is the set vigie indicators computes on the same files', async () => {
		const onSite = await (await fetch(url('/donnees/indicateurs.json'))).json();
		const fromCli = JSON.parse(await cliIndicators);
		// only the generation time differs
		delete onSite.meta.generated;
		delete fromCli.meta.generated;
		expect(onSite).toEqual(fromCli);
		expect(onSite.meta.fingerprint.inputs.map((i: { name: string }) => i.name)).toEqual([
			'data/sipri-milex.csv',
			'niger-budget-fr-cp1252.csv',
			'contracts-bulletin-no-country.csv',
			'data/demo/oversight-events.csv'
		]);
		// a static host sends the precompressed copy
		const compressed = await fetch(url('/donnees/indicateurs.csv'), {
			headers: { 'accept-encoding': 'br' }
		});
		expect(compressed.headers.get('content-encoding')).toBe('br');
		const pkg = await (await fetch(url('/donnees/datapackage.json'))).json();
		expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual([
			'niger-budget-fr-cp1252',
			'contracts-bulletin-no-country',
			'indicateurs-csv',
			'indicateurs-json',
			'publication'
		]);
	});

	/** A page as a reader without JavaScript gets it. */
	async function withoutScript(
		browser: Browser,
		path: string,
		check: (page: Page) => Promise<void>
	) {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url(path));
		await check(page);
		await context.close();
	}

	test('JavaScript off: every page says whose data it shows; oversight stays labelled demo', async ({
		browser
	}) => {
		for (const path of ['/', '/credibilite/', '/marches/', '/controle/', '/en/controle/'])
			await withoutScript(browser, path, async (page) => {
				const line = page.locator('[data-publisher]');
				await expect(line, path).toContainText(
					path.startsWith('/en/')
						? `Data published by ${PUBLISHER} on`
						: `Données publiées par ${PUBLISHER} le`
				);
				await expect(page.locator('header.site .name'), path).toHaveText('Vigie Niger');
				await expect(page, path).toHaveTitle(/ — Vigie Niger$/);
				await expect(page.locator('[data-demo~="budget"], [data-demo~="contracts"]')).toHaveCount(
					0
				);
				// each source file's SHA-256, one click away
				await expect(line.locator('details code').first()).toHaveText(
					/^sha256 840016fa20d9e911ff0a1aff57affe2cd4c933e073bd52411c4b7984507a5940$/
				);
			});
		// /controle/ reads the three kinds: two are the publisher's, oversight is demonstration
		await withoutScript(browser, '/controle/', async (page) => {
			await expect(page.locator('[data-published]')).toHaveAttribute(
				'data-published',
				'budget contracts'
			);
			await expect(page.locator('p[data-demo]')).toHaveAttribute('data-demo', 'oversight');
		});
	});

	test('with JavaScript, under /vigie: the views load the published files; a visitor’s import replaces them, removing it brings them back', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const outside: string[] = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.origin === server.url && !u.pathname.startsWith('/vigie/')) outside.push(u.pathname);
		});
		const credibility = async () => {
			await page.goto(url('/credibilite/'));
			await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 90_000 });
		};
		await credibility();
		await expect(page.locator('main')).toContainText('Ministère de la Défense nationale');
		await expect(page.locator('[data-demo~="budget"]')).toHaveCount(0);
		await page.goto(url('/marches/'));
		await expect(page.locator('main')).toContainText('Avions du Sahel SA', { timeout: 90_000 });
		await expect(page.locator('[data-demo~="contracts"]')).toHaveCount(0);

		// A visitor imports their own budget (Burkina Faso, Chad): it replaces the published one.
		await page.goto(url('/import/'));
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 45_000 });
		await page.locator('#file-input').setInputFiles(`${FIXTURES}/budget-dot-comma.csv`);
		const card = page.getByRole('article', { name: 'budget-dot-comma.csv' });
		await card.getByRole('button', { name: 'Importer' }).click();
		await expect(card.getByRole('status')).toContainText('importée', { timeout: 60_000 });
		await credibility();
		await expect(page.locator('main')).not.toContainText('Ministère de la Défense nationale');
		await expect(page.locator('[data-published~="budget"]')).toHaveCount(0);

		// Removing it brings the publisher's budget back.
		await page.goto(url('/import/'));
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 45_000 });
		page.once('dialog', (d) => d.accept());
		await page.getByRole('button', { name: 'Supprimer' }).click();
		await expect(page.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);
		await credibility();
		await expect(page.locator('main')).toContainText('Ministère de la Défense nationale');
		expect(outside, 'every request stays under the base path').toEqual([]);
	});

	test('a rejected row stops a publish with its row number; --allow-rejected writes it beside the site', async () => {
		const bulletin = await readFile(CONTRACTS, 'utf8');
		const bad = join(tmp, 'bulletin-2022.csv');
		await writeFile(
			bad,
			`${bulletin.trimEnd()}\nMinistère de la Défense;Rations;Entente directe;Sahel Vivres;douze millions;01/03/2022;1\n`
		);
		const out = join(tmp, 'other');
		const args = [
			'--file-country',
			'MLI',
			bad,
			'--out',
			out,
			'--publisher',
			PUBLISHER,
			'--no-build'
		];
		const stopped = await publish(...args);
		expect(stopped.code).toBe(1);
		expect(stopped.stdout).toMatch(/^Ligne 7, colonne « Montant \(FCFA\) » : « douze millions »/m);
		await expect(readdir(out)).rejects.toThrow();

		const allowed = await publish(...args, '--allow-rejected');
		expect(allowed.code).toBe(0);
		expect(await readdir(out)).toEqual(['donnees']);
		const rejects = await readFile(join(`${out}-rejets`, 'bulletin-2022.rejets.csv'), 'utf8');
		expect(rejects).toContain('Sahel Vivres;douze millions');
		const published = await readFile(join(out, 'donnees', 'bulletin-2022.csv'), 'utf8');
		expect(published).not.toContain('Sahel Vivres');
	});
	// Last: it needs the views' prerendering (issue 16, item 1), which comes with their rebuild.
	test('JavaScript off: the prerendered /credibilite/ and /marches/ show the publisher’s data', async ({
		browser
	}) => {
		await withoutScript(browser, '/credibilite/', async (page) => {
			expect(
				await page.locator('[data-explore]').count(),
				'/credibilite/ is prerendered with its view (issue 16, item 1)'
			).toBe(1);
			// an institution of the Niger budget file, in the prerendered charts and tables
			await expect(page.locator('main')).toContainText('Ministère de la Défense nationale');
			await expect(page.locator('[data-published]')).toHaveAttribute('data-published', 'budget');
			await expect(page.locator('main')).toContainText(`niger-budget-fr-cp1252.csv (${PUBLISHER})`);
		});
		await withoutScript(browser, '/marches/', async (page) => {
			expect(
				await page.locator('[data-explore]').count(),
				'/marches/ is prerendered with its view (issue 16, item 1)'
			).toBe(1);
			// the derogatory award of the bulletin, its largest supplier
			await expect(page.locator('main')).toContainText('Avions du Sahel SA');
			// a flagged contract's source row links to the published canonical CSV it is read from
			const sources = page.locator('section:has(#table-h) td a');
			expect(await sources.count()).toBeGreaterThan(0);
			await expect(sources.first()).toHaveAttribute('rel', 'external');
			await expect(sources.first()).toContainText(PUBLISHER);
			const href = await sources.first().getAttribute('href');
			expect(href).toMatch(/^\/vigie\/donnees\/[a-z0-9-]+\.csv$/);
			expect((await page.request.get(new URL(href!, page.url()).href)).status()).toBe(200);
		});
	});
});
