/**
 * The procurement page in this machine's Chromium, driven as a reader would: filters changed
 * in the filter bar, each redraw read from the explore controller's `data-redraw-ms` and
 * `data-redraw-seq` (see bench-procurement.ts). The page is prerendered: the engine loads on
 * the first change, and the controller times each redraw from the change (or from the engine's
 * arrival, when the change came first) to the redrawn DOM.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { redrawTime } from './explore-browser.ts';

const PORT = Number(process.env.VIGIE_BENCH_PROC_PORT ?? 4364);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** `vite preview` of `build` on `port` (its own process group: kill(-pid) stops it). */
export async function startPreview(build: string, port = PORT): Promise<ChildProcess> {
	const origin = `http://127.0.0.1:${port}`;
	const up = () =>
		fetch(origin).then(
			(r) => r.ok,
			() => false
		);
	if (await up()) throw new Error(`${origin} is already taken: stop what listens there first`);
	const server = spawn(
		'npx',
		['vite', 'preview', '--port', String(port), '--host', '127.0.0.1', '--strictPort'],
		// own process group, so stopping it stops vite too; the build dir as svelte.config reads it
		{ stdio: 'ignore', detached: true, env: { ...process.env, VIGIE_BUILD_DIR: build } }
	);
	for (let i = 0; i < 150 && !(await up()); i++) await new Promise((r) => setTimeout(r, 200));
	return server;
}

/** Eight filter changes through the filter bar (French labels), each timed by the page itself. */
async function changeFilters(page: Page): Promise<number[]> {
	const steps: (() => Promise<unknown>)[] = [
		() => page.getByRole('checkbox', { name: 'Mali' }).check(),
		() => page.getByRole('checkbox', { name: 'Niger' }).check(),
		() => page.getByRole('combobox', { name: 'De', exact: true }).selectOption('2018'),
		() => page.getByRole('combobox', { name: 'à', exact: true }).selectOption('2021'),
		() => page.getByRole('combobox', { name: 'Mode de passation' }).selectOption('direct'),
		() => page.getByRole('combobox', { name: 'Institution' }).selectOption('Police nationale'),
		() => page.getByRole('checkbox', { name: 'Mali' }).uncheck(),
		() => page.getByRole('button', { name: 'Effacer les filtres' }).click()
	];
	const times: number[] = [];
	for (const step of steps) times.push(await redrawTime(page, step));
	return times;
}

/** The prerendered view is on screen and the page is interactive. */
const ready = async (page: Page) => {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 120_000 });
	await page.locator('[data-view-state="ready"]').waitFor({ state: 'attached', timeout: 900_000 });
};
/**
 * The view computed by the engine on the user's data: the prerendered one (the demo's) shows
 * first and is replaced, so wait for the controller's first redraw, not for "ready" alone.
 */
const computed = async (page: Page) => {
	await page.waitForFunction(
		() => Number(document.querySelector('[data-redraw-seq]')?.getAttribute('data-redraw-seq')) > 0,
		undefined,
		{ timeout: 900_000 }
	);
	await ready(page);
};

/** Redraw times on the demo data, then on `csv` imported through the import page. */
export async function redrawsInBrowser(
	build: string,
	csv: string
): Promise<{ demo: number[]; big: number[]; loadSeconds: number }> {
	if (!existsSync(join(build, 'index.html'))) throw new Error(`no ${build}/: build first`);
	const server = await startPreview(build);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	try {
		const demoPage = await browser.newPage({ locale: 'fr-FR' });
		await demoPage.goto(`${ORIGIN}/marches/`);
		await ready(demoPage);
		const demo = await changeFilters(demoPage);
		await demoPage.close();
		const page = await browser.newPage({ locale: 'fr-FR' });
		await page.goto(`${ORIGIN}/import/`);
		await page.locator('p.engine[data-phase="ready"]').waitFor({ timeout: 120_000 });
		await page.setInputFiles('#file-input', csv);
		await page.getByRole('button', { name: 'Importer', exact: true }).click({ timeout: 120_000 });
		await page
			.locator('article.card p.result[role="status"]', { hasText: 'importée' })
			.waitFor({ timeout: 900_000 });
		const start = Date.now();
		// the nav link: same page, same engine, nothing re-imported
		await page.getByRole('link', { name: 'Marchés publics' }).first().click();
		await computed(page);
		const loadSeconds = (Date.now() - start) / 1000;
		const big = await changeFilters(page);
		return { demo, big, loadSeconds };
	} finally {
		await browser.close();
		if (server.pid) process.kill(-server.pid, 'SIGTERM');
	}
}
