/**
 * Offline after one visit, and updates that never break a running session. The site is served
 * by the plain static server on a fresh port per test (a fresh origin, hence a fresh service
 * worker), and "offline" means that server is shut down as well as the context set offline.
 */
import { expect, test, type Page } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';

// Starting the 34 MB engine twice from the cache takes long on a loaded 2-core machine.
const ENGINE_TIMEOUT = { timeout: 90_000 };
test.describe.configure({ timeout: 300_000 });

// Explicit, so the suite may block service workers elsewhere (each install caches ~40 MB).
test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker is active for the page (install, i.e. precaching, is done). */
async function serviceWorkerActive(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const { active } = await navigator.serviceWorker.ready;
		if (active?.state === 'activating')
			await new Promise((done) => active.addEventListener('statechange', done, { once: true }));
		return active?.state ?? 'none';
	});
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('a second visit works with the network cut: chart, English page and engine', async ({
	page,
	context
}) => {
	const server = await serveStatic({ port: 0 });
	await page.goto(`${server.url}/`);
	expect(await serviceWorkerActive(page)).toBe('activated');
	await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible(ENGINE_TIMEOUT);
	await server.close();
	await context.setOffline(true);
	// Only the service worker's cache may answer: empty the HTTP cache, which would otherwise
	// serve the immutable files itself and hide a missing precache entry.
	await (await context.newCDPSession(page)).send('Network.clearBrowserCache');

	await page.reload();
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	await expect(figure.locator('svg[role="img"] g.line')).toHaveCount(5);
	// The 34 MB engine, its worker and the SIPRI CSV come from the cache: the chart goes live.
	await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible(ENGINE_TIMEOUT);
	// A view state in the query string is served by the same cached page.
	await page.goto(`${server.url}/en/?measure=share_gdp`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('G5 Sahel military spending');
	await expect(page.getByRole('radio', { name: 'Share of GDP' })).toBeChecked();
	await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible(ENGINE_TIMEOUT);
});

test('a new version waits while a session runs, then takes over on the next visit', async ({
	context
}) => {
	// A copy of the build whose service worker is then "redeployed" with a new version.
	const dir = await mkdtemp(join(tmpdir(), 'vigie-sw-'));
	await cp(process.env.VIGIE_BUILD_DIR ?? 'build', dir, { recursive: true });
	const server = await serveStatic({ dir, port: 0 });
	try {
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		expect(await serviceWorkerActive(page)).toBe('activated');
		await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible(ENGINE_TIMEOUT);
		const [oldCache] = await cacheNames(page);
		expect(oldCache).toMatch(/^vigie-/);

		await redeployServiceWorker(dir);
		const waiting = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
			const installing = registration.installing;
			if (installing) await new Promise((done) => installing.addEventListener('statechange', done));
			return registration.waiting?.state ?? 'none';
		});
		expect(waiting).toBe('installed');
		// The running session keeps its version, its cache and a working engine.
		expect(await cacheNames(page)).toContain(oldCache);
		await page.getByRole('radio', { name: 'Part du PIB' }).check();
		await expect(page.getByRole('figure', { name: /part du PIB/ })).toBeVisible();
		await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible();

		// Once every tab of the old version is gone, the next visit runs the new one alone.
		await page.close();
		const next = await context.newPage();
		await next.goto(`${server.url}/`);
		await expect.poll(() => cacheNames(next), { timeout: 20_000 }).toEqual([`${oldCache}-next`]);
	} finally {
		await server.close();
		await rm(dir, { recursive: true, force: true });
	}
});

/** Rewrites the built worker's version string, as a new deploy would change it. */
async function redeployServiceWorker(dir: string): Promise<void> {
	const { version } = JSON.parse(await readFile(join(dir, '_app/version.json'), 'utf8'));
	const path = join(dir, 'service-worker.js');
	const source = await readFile(path, 'utf8');
	expect(source).toContain(version);
	await writeFile(path, source.replaceAll(version, `${version}-next`));
	// Drop the precompressed copies so the server sends the new file.
	await rm(`${path}.br`, { force: true });
	await rm(`${path}.gz`, { force: true });
}
