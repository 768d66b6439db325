/**
 * The import page in this machine's Chromium, on the built site (`npm run build` first) served by
 * `scripts/serve-static.ts`: a generated 100 MB French contracts CSV is set on the file input and imported
 * with the card's "Importer" button. Measured:
 * - end-to-end MB/s from the click until the card's status says "importée" (scan, read, type,
 *   check, de-duplicate, insert, save on the device), engine already started;
 * - the longest main-thread long task meanwhile (PerformanceObserver 'longtask', installed before
 *   any page script), i.e. how long the page could not answer a click or a key;
 * - DuckDB-wasm's bare `read_csv` of the same bytes, in a page of its own just before, for the ratio.
 * `node --import tsx --import ./scripts/raw-loader.mjs scripts/bench/import-browser.ts [MB] [runs]`
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeContracts, type BenchResult } from '../bench-import.ts';
import { serveStatic } from '../serve-static.ts';
import { median } from './figure.ts';

// VIGIE_BUILD_DIR (see svelte.config.js) lets a parallel build run it.
const BUILD = process.env.VIGIE_BUILD_DIR ?? 'build';
const COMMAND =
	'node --import tsx --import ./scripts/raw-loader.mjs scripts/bench/import-browser.ts';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Collects long tasks from the first script on, and when the card's status says "importée". */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
window.__importedAt = 0;
window.__steps = [];
new MutationObserver(() => {
	const label = document.querySelector('article.card .actions label')?.textContent;
	if (label && window.__steps.at(-1)?.[1] !== label) window.__steps.push([performance.now(), label]);
	const status = document.querySelector('article.card p.result[role="status"]');
	if (!window.__importedAt && status && status.textContent.includes('importée'))
		window.__importedAt = performance.now();
}).observe(document, { subtree: true, childList: true, characterData: true });`;

/** The built chunk that exports `getBrowserEngine` (found by the engine worker it names). */
function engineChunk(build: string): string {
	const dir = `${build}/_app/immutable/chunks`;
	const name = readdirSync(dir).find((f) =>
		readFileSync(join(dir, f), 'utf8').includes('duckdb-browser-eh.worker')
	);
	if (!name) throw new Error('no engine chunk in build/: run `npm run build`');
	return `/_app/immutable/chunks/${name}`;
}

/** One import through the page in a fresh context: end-to-end seconds, longest task, steps. */
/** What the init script of this file records on the page's window. */
type ImportWindow = typeof window & {
	__importedAt: number;
	__longTasks: Array<[number, number]>;
	__steps: Array<[number, string]>;
};

async function importOnce(browser: Browser, origin: string, path: string) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	try {
		const page = await context.newPage();
		await page.addInitScript(LONG_TASKS);
		await page.goto(`${origin}/import/`);
		await page.locator('p.engine[data-phase="ready"]').waitFor({ timeout: 60_000 });
		await page.setInputFiles('#file-input', path);
		const button = page.getByRole('button', { name: 'Importer', exact: true });
		await button.waitFor({ timeout: 60_000 });
		const start = await page.evaluate(() => performance.now());
		await button.click();
		const status = page.locator('article.card p.result[role="status"]');
		await status.filter({ hasText: 'importée' }).waitFor({ timeout: 600_000 });
		// The moment the status was written, not when this script noticed it.
		const end = await page.evaluate(() => (window as ImportWindow).__importedAt);
		const text = (await status.textContent()) ?? '';
		const tasks = await page.evaluate(
			({ from, to }) =>
				(window as ImportWindow).__longTasks
					.filter(([s, d]) => s + d >= from && s <= to)
					.map(([s, d]) => [Math.round(s - from), Math.round(d)]),
			{ from: start, to: end }
		);
		// Where the time went: each progress label the card showed, from the click on.
		const steps = await page.evaluate(
			(from) =>
				(window as ImportWindow).__steps.map(([t, label]) => `${Math.round(t - from)} ms ${label}`),
			start
		);
		console.log(`browser import steps: ${steps.join(', ')}; done at ${Math.round(end - start)} ms`);
		if (process.env.BENCH_VERBOSE)
			console.log(`long tasks [ms after click, ms]: ${JSON.stringify(tasks)}`);
		return {
			seconds: (end - start) / 1000,
			longest: Math.max(0, ...tasks.map(([, d]) => d!)),
			text
		};
	} finally {
		await context.close();
	}
}

/**
 * Runs the browser import bench on a `megabytes` MB file, `runs` times, each import paired with
 * the bare reader in its own page just before it (the machine's pace drifts between runs);
 * returns the medians.
 */
export async function benchImportBrowser(
	megabytes = 100,
	build = BUILD,
	runs = 3
): Promise<BenchResult[]> {
	if (!existsSync(`${build}/index.html`))
		throw new Error(`no ${build}/: run \`npm run build\` first`);
	const path = join(tmpdir(), `vigie-bench-browser-${megabytes}mb.csv`);
	const rows = await writeContracts(path, megabytes);
	const size = readFileSync(path).byteLength / 1e6;
	const server = await serveStatic({ dir: build, port: 0 });
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	const pairs: Array<{ raw: number; seconds: number; longest: number }> = [];
	try {
		for (let run = 0; run < runs; run++) {
			const rawPage = await browser.newPage();
			await rawPage.goto(`${server.url}/import/`);
			const raw = await rawRead(rawPage, engineChunk(build), path);
			await rawPage.close();
			const { seconds, longest, text } = await importOnce(browser, server.url, path);
			if (!text.replace(/\D/g, '').startsWith(String(rows)))
				throw new Error(`bench: unexpected status "${text}"`);
			pairs.push({ raw, seconds, longest });
		}
	} finally {
		await browser.close();
		await server.close();
		await rm(path, { force: true });
	}
	const name = `browser import ${Math.round(size)} MB contracts CSV (${rows} rows)`;
	const figure = (label: string, value: number, unit: string) => ({
		name: `${name}: ${label}`,
		value: Math.round(value * 10) / 10,
		unit,
		command: COMMAND
	});
	return [
		figure('end to end', size / median(pairs.map((p) => p.seconds)), 'MB/s'),
		figure('longest main-thread task', median(pairs.map((p) => p.longest)), 'ms'),
		figure('DuckDB-wasm read_csv alone', size / median(pairs.map((p) => p.raw)), 'MB/s'),
		figure('end to end ÷ read_csv alone', median(pairs.map((p) => (p.raw / p.seconds) * 100)), '%')
	];
}

/** Seconds for the page's own engine to register and `read_csv` the same bytes, bare. */
async function rawRead(page: Page, chunk: string, path: string): Promise<number> {
	// A file input of its own (the page's would start an import card).
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'file';
		input.id = 'bench-raw';
		document.body.append(input);
	});
	await page.setInputFiles('#bench-raw', path);
	return page.evaluate(async (chunk) => {
		const input = document.querySelector<HTMLInputElement>('#bench-raw')!;
		const bytes = new Uint8Array(await input.files![0]!.arrayBuffer());
		const module = (await import(/* @vite-ignore */ chunk)) as Record<string, unknown>;
		const get = Object.values(module).find((f) => typeof f === 'function') as () => Promise<{
			registerFile(name: string, bytes: Uint8Array): Promise<string>;
			exec(sql: string): Promise<void>;
		}>;
		const engine = await get();
		const t0 = performance.now();
		await engine.registerFile('bench_raw.csv', bytes);
		await engine.exec(
			"CREATE TEMP TABLE bench_raw AS SELECT * FROM read_csv('bench_raw.csv', all_varchar = true, delim = ';', header = true)"
		);
		const seconds = (performance.now() - t0) / 1000;
		await engine.exec('DROP TABLE bench_raw');
		return seconds;
	}, chunk);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const mb = Number(process.argv[2] ?? 100);
	for (const r of await benchImportBrowser(mb, BUILD, Number(process.argv[3] ?? 3)))
		console.log(`${r.name}: ${r.value} ${r.unit}`);
}
