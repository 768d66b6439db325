/**
 * Privacy by construction: during a whole session (load, engine start, a query, import, indicators,
 * language switch, data table, rejected-rows export) every request goes to the site's own
 * origin, and none carries a byte of the user's file. The CSP meta tag is checked too.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// A marker that exists only in the imported file: if it shows up in any URL or request body,
// the user's data has left the page.
const CANARY = `canari-${Date.now().toString(36)}`;
const HEADER = [
	'Pays',
	'Exercice',
	'Ministère',
	'Nature de la dépense',
	'Crédits votés (FCFA)',
	'Exécution (FCFA)'
];
const FILE = [
	HEADER.join(';'),
	`Niger;2022;Ministère ${CANARY};Personnel;1 500 000;1 450 000`,
	`Niger;2022;Ministère ${CANARY};Biens et services;12a;100`
].join('\n');

test('a full session talks to its own origin only and never sends the imported data', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const requests: { url: string; body: string }[] = [];
	// The context also sees the service worker's own fetches.
	context.on('request', (r) =>
		requests.push({ url: r.url(), body: r.postDataBuffer()?.toString('latin1') ?? '' })
	);
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));

	await page.goto('/');
	await expect(page.locator('[data-phase="ready"]')).toBeVisible({ timeout: 60_000 });
	// A new query on the overview (the chart redrawn from DuckDB in the page).
	await page.getByRole('radio', { name: 'Part du PIB' }).check();
	await expect(page).toHaveURL(/measure=share_gdp/);
	await page.getByRole('link', { name: 'Importer des données', exact: true }).click();
	await page.locator('#file-input').setInputFiles({
		name: `budget-${CANARY}.csv`,
		mimeType: 'text/csv',
		buffer: Buffer.from(FILE)
	});
	const card = page.getByRole('article', { name: `budget-${CANARY}.csv` }).first();
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toHaveText('1 ligne(s) importée(s), 1 rejetée(s) sur 2.', {
		timeout: 45_000
	});
	// The rejected rows are written by the page itself: a blob: URL of this origin, no request,
	// holding the file's own header and rejected line behind the message the card shows.
	const problem = card.locator('tr[data-code="not_a_number"] td');
	const message = (await problem.last().textContent())!;
	expect(message).toMatch(
		/^Ligne 3, colonne « Crédits votés \(FCFA\) » : « 12a » n’est pas un nombre\./
	);
	const before = requests.length;
	const downloading = page.waitForEvent('download');
	await card.getByRole('button', { name: /Télécharger les lignes rejetées/ }).click();
	const download = await downloading;
	expect(download.url().startsWith(`blob:${origin}/`)).toBe(true);
	expect(download.suggestedFilename()).toBe(`budget-${CANARY}-rejets.csv`);
	// Nothing is fetched to make it but, at most, the page's own code.
	const fetched = requests.slice(before).map((r) => new URL(r.url));
	expect(fetched.filter((u) => !u.pathname.startsWith('/_app/immutable/')).map(String)).toEqual([]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toBe(
		'\uFEFF' +
			['error', ...HEADER].join(';') +
			'\r\n' +
			[message, 'Niger', '2022', `Ministère ${CANARY}`, 'Biens et services', '12a', '100'].join(';')
	);

	await page.getByRole('link', { name: 'Indicateurs', exact: true }).click();
	await expect(page.locator('[data-results="ready"]')).toBeVisible({ timeout: 90_000 });
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\//);
	await page.getByRole('link', { name: 'Military spending', exact: true }).click();
	await expect(page.locator('figure table').first()).toBeAttached();
	await page.locator('figure table').first().scrollIntoViewIfNeeded();
	await page.waitForLoadState('networkidle');

	expect(requests.length).toBeGreaterThan(10);
	expect(requests.filter((r) => !r.url.startsWith(origin + '/')).map((r) => r.url)).toEqual([]);
	expect(requests.filter((r) => (r.url + r.body).includes(CANARY)).map((r) => r.url)).toEqual([]);
	expect(sockets).toEqual([]);
});

test('every page carries a CSP that allows no other origin', async ({ page }) => {
	for (const path of ['/', '/import/', '/indicateurs/', '/methodologie/', '/en/']) {
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp, path).toMatch(/default-src 'self'/);
		expect(csp, path).toMatch(/connect-src 'self';/);
		expect(csp, path).toMatch(/object-src 'none'/);
		// Nothing but the site's own origin and local data/blob URLs is named.
		expect(csp!.match(/https?:|\*/g), path).toBeNull();
	}
});

test('the CSP really blocks a request to another origin', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/.test(m.text())) violations.push(m.text());
	});
	await page.goto('/');
	const outcome = await page.evaluate(() =>
		fetch('https://example.org/collect').then(
			() => 'sent',
			() => 'blocked'
		)
	);
	expect(outcome).toBe('blocked');
	expect(violations.join('\n')).toContain('connect-src');
});
