/**
 * Hostile and broken files through the import page: each ends in a specific message or a clean
 * import (the outcomes of tests/fixtures/hostile/expected.ts, shared with the terminal suite),
 * never a blank page; payloads render as text; a dataset imported first keeps its totals.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE, PAYLOADS } from '../fixtures/hostile/expected.ts';
import { vigie } from './cli.ts';

const DIR = 'tests/fixtures/hostile';

/** What `vigie check` prints for a file (it exits 1 when it refuses one). */
async function checkOutput(path: string): Promise<string> {
	try {
		return await vigie('check', path);
	} catch (error) {
		return String((error as { stdout?: string }).stdout);
	}
}
const CLEAN = 'src/lib/ingest/fixtures/niger-budget-fr-cp1252.csv';

/** Fails the test on any script dialog or uncaught page error (a payload that ran). */
function watch(page: Page) {
	const incidents: string[] = [];
	page.on('dialog', (d) => (incidents.push(`dialog: ${d.message()}`), d.dismiss()));
	page.on('pageerror', (e) => incidents.push(`pageerror: ${e.message}`));
	return incidents;
}

async function importThrough(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
	await page.locator('#file-input').setInputFiles(files);
	const name =
		typeof files === 'string' ? files.split('/').pop()! : (files as { name: string }).name;
	// first(): once stored, the dataset list holds an article of the same name.
	const card = page.getByRole('article', { name, exact: true }).first();
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toContainText(/importée|Aucune ligne/, {
		timeout: 45_000
	});
	return card;
}

const cleanTotals = (page: Page) =>
	page.locator('[data-dataset="niger-budget-fr-cp1252"] table').innerText();

test('every hostile file ends in its expected outcome and the dataset imported first is untouched', async ({
	page
}) => {
	test.setTimeout(300_000);
	const incidents = watch(page);
	await page.goto('/import/');
	await importThrough(page, CLEAN);
	const before = await cleanTotals(page);
	for (const [name, expected] of Object.entries(HOSTILE)) {
		await page.locator('#file-input').setInputFiles(`${DIR}/${name}`);
		const card = page.getByRole('article', { name, exact: true }).first();
		// A file refused as soon as it is opened (its encoding, a workbook too large…) says why,
		// with the fix to apply, and offers no import; any other is imported.
		const refusal = card.locator('[role="alert"][data-code]');
		const importButton = card.getByRole('button', { name: 'Importer' });
		await expect(refusal.or(importButton)).toBeVisible({ timeout: 45_000 });
		if (await refusal.isVisible()) {
			expect([`file:${await refusal.getAttribute('data-code')}`], name).toEqual(expected.codes);
			expect(expected.counts).toEqual([0, 0, 0]);
			await expect(refusal).toContainText(/Attendu : .*Correction : /);
			await expect(importButton).toHaveCount(0);
			// worded exactly as `vigie check` words it
			expect(await checkOutput(`${DIR}/${name}`)).toContain((await refusal.innerText()).trim());
		} else {
			await importButton.click();
			const [rows, accepted, rejected] = expected.counts;
			await expect(card.getByRole('status')).toHaveText(
				accepted > 0
					? `${accepted} ligne(s) importée(s), ${rejected} rejetée(s) sur ${rows}.`
					: 'Aucune ligne n’a été importée.',
				{ timeout: 45_000 }
			);
			const problems = card.locator('tr[data-code]');
			await expect(problems).toHaveCount(expected.codes.length);
			const codes = await problems.evaluateAll((trs) =>
				trs.map((tr) => `${tr.querySelector('td')!.textContent}:${tr.getAttribute('data-code')}`)
			);
			expect(codes, name).toEqual(expected.codes.map((c) => c.replace(/^file:/, '—:')));
		}
		await card.getByRole('button', { name: 'Fermer' }).click();
		await expect(page.getByRole('heading', { name: 'Importer vos données' })).toBeVisible();
	}
	expect(await cleanTotals(page)).toBe(before);
	await page.reload();
	await expect(page.locator('[data-dataset="niger-budget-fr-cp1252"] table')).toBeVisible({
		timeout: 45_000
	});
	expect(await cleanTotals(page)).toBe(before);
	expect(incidents).toEqual([]);
});

test('HTML, SVG, javascript: and SQL in cells, a column name and the file name render as text', async ({
	page
}) => {
	const incidents = watch(page);
	await page.goto('/import/');
	const name = `${PAYLOADS.img}${PAYLOADS.sql}.csv`;
	const buffer = (await import('node:fs')).readFileSync(`${DIR}/payloads.csv`);
	const card = await importThrough(page, { name, mimeType: 'text/csv', buffer });
	await expect(card.getByRole('status')).toHaveText('3 ligne(s) importée(s), 1 rejetée(s) sur 4.');
	await expect(card.getByRole('heading', { level: 3 })).toHaveText(name);
	await card.getByText('Aperçu des premières lignes').click();
	await expect(card.locator('.preview th').last()).toHaveText(PAYLOADS.header);
	await expect(card.locator('.preview td', { hasText: PAYLOADS.svgScript })).toHaveCount(1);
	await expect(page.getByRole('heading', { name, level: 3 }).nth(1)).toBeVisible();
	const injected = 'img[src="x"], svg[onload], a[href^="javascript:"], b:text-is("x")';
	await expect(page.locator(injected)).toHaveCount(0);
	// The stored dataset is listed (and read back) on the indicators page, computed on, and
	// listed again after a reload of the import page: its name is text everywhere.
	await page.goto('/indicateurs/');
	await expect(page.locator('[data-results="ready"]')).toBeAttached({ timeout: 60_000 });
	// named as text in the results' dataset line and in the figures' sources
	await expect(page.locator('[data-results="ready"]')).toContainText(name);
	await expect(page.locator('main p', { hasText: name })).toHaveCount(2);
	await expect(page.locator(injected)).toHaveCount(0);
	await page.goto('/import/');
	await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible({ timeout: 45_000 });
	await expect(page.locator(injected)).toHaveCount(0);
	expect(incidents).toEqual([]);
});

test('URL parameters full of payloads on / are ignored with a notice and run nothing', async ({
	page
}) => {
	const incidents = watch(page);
	await page.goto(
		`/?measure=${encodeURIComponent(PAYLOADS.img)}&to=${encodeURIComponent(PAYLOADS.sql)}&from=javascript:alert(1)`
	);
	await expect(page.getByRole('alert')).toContainText('measure, from, to');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(incidents).toEqual([]);
});

test('a 2 GB file is refused with a clear message before it is read', async ({ page }) => {
	// A sparse file: 2 GB long, no disk space used; Playwright hands the browser its path.
	const dir = mkdtempSync(join(tmpdir(), 'vigie-big-'));
	const path = join(dir, 'budget-2go.csv');
	writeFileSync(path, '');
	truncateSync(path, 2 * 1024 ** 3);
	try {
		const incidents = watch(page);
		await page.goto('/import/');
		const alert = page.getByRole('alert');
		// Chosen at once: a file picked before the page is interactive is taken when it is.
		await page.locator('#file-input').setInputFiles(path);
		// 2 GiB = 2 048 Mo, limit 200 Mo (narrow no-break space as French thousands separator).
		await expect(alert).toHaveText(
			'« budget-2go.csv » fait 2\u202f048 Mo : c’est plus que les 200 Mo que ce navigateur peut importer sans risquer de se bloquer. Le fichier n’a pas été lu. Découpez-le (par année ou par pays) et importez les morceaux.'
		);
		await expect(page.getByRole('article')).toHaveCount(0);
		expect(incidents).toEqual([]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
