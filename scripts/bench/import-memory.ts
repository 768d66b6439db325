/**
 * Issue 7 item 4's memory figure: the import page, in this machine's Chromium, on a contracts CSV
 * of exactly `rows` rows (the bench-import generator's French format), served by
 * `scripts/serve-static.ts`. Memory is read where it is whole:
 * - the tab's renderer process peak resident memory (`VmHWM` in /proc/<pid>/status; the pid
 *   from CDP `SystemInfo.getProcessInfo`). DuckDB-wasm runs in a dedicated worker, a thread of
 *   that same process, so this counts the page, the worker and the engine's wasm memory;
 * - the page's main-thread JS heap (CDP `Performance.getMetrics`), sampled every 200 ms.
 * `performance.measureUserAgentSpecificMemory()` would be the standard API, but it needs
 * cross-origin isolation (COOP/COEP headers), which a plain static host does not send.
 * `node --import tsx --import ./scripts/raw-loader.mjs scripts/bench/import-memory.ts [rows] [build]`
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeContracts } from '../bench-import.ts';
import { serveStatic } from '../serve-static.ts';
import { BENCH, mb, round, type Figure } from './figure.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

/** A contracts CSV of exactly `rows` data rows (generated a little larger, then cut). */
async function contractsFile(rows: number): Promise<string> {
	const path = join(tmpdir(), `vigie-bench-memory-${rows}.csv`);
	await writeContracts(path, (rows * 150) / 1e6 + 1);
	const bytes = await readFile(path);
	let at = -1;
	for (let line = 0; line <= rows; line++) at = bytes.indexOf(10, at + 1);
	if (at < 0) throw new Error('bench memory: generated file too short');
	await writeFile(path, bytes.subarray(0, at + 1));
	return path;
}

/** Peak and current resident memory (bytes) of every renderer process. */
async function renderers(browser: Browser): Promise<{ pid: number; hwm: number; rss: number }[]> {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	await cdp.detach();
	const out = [];
	for (const p of processInfo.filter((p) => p.type === 'renderer')) {
		const status = await readFile(`/proc/${p.id}/status`, 'utf8').catch(() => '');
		const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
		out.push({ pid: p.id, hwm: kb('VmHWM') * 1024, rss: kb('VmRSS') * 1024 });
	}
	return out;
}

export async function benchImportMemory(build = 'build', rows = 1_000_000): Promise<Figure[]> {
	const path = await contractsFile(rows);
	const size = (await readFile(path)).byteLength;
	const server = await serveStatic({ dir: build, port: 0 });
	// A profile on disk: the page stores the imported file in IndexedDB, and an in-memory
	// (incognito-like) context's quota refuses a 150 MB file.
	const profile = await mkdtemp(join(tmpdir(), 'vigie-bench-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		args: ARGS,
		serviceWorkers: 'block',
		locale: 'fr-FR'
	});
	const browser = context.browser();
	try {
		if (!browser) throw new Error('bench memory: no browser handle for the persistent context');
		const page = await context.newPage();
		page.on('crash', () => console.warn('bench memory: the tab crashed'));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.goto(`${server.url}/import/`);
		await page.locator('p.engine[data-phase="ready"]').waitFor({ timeout: 120_000 });
		const before = Math.max(...(await renderers(browser)).map((r) => r.rss));
		await page.setInputFiles('#file-input', path);
		const button = page.getByRole('button', { name: 'Importer', exact: true });
		await button.waitFor({ timeout: 120_000 });
		let heap = 0;
		const sample = setInterval(() => {
			cdp
				.send('Performance.getMetrics')
				.then(({ metrics }) => {
					const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
					heap = Math.max(heap, used);
				})
				.catch(() => undefined);
		}, 200);
		const start = performance.now();
		await button.click();
		const status = page.locator('article.card p.result[role="status"]');
		// Done, or stopped with an error on the card: whichever comes first.
		const outcome = page
			.locator('article.card p.error[role="alert"]')
			.or(status.filter({ hasText: 'importée' }));
		await outcome.first().waitFor({ timeout: 900_000 });
		const error = await page
			.locator('article.card p.error[role="alert"]')
			.first()
			.textContent({ timeout: 100 })
			.catch(() => null);
		if (error) throw new Error(`import failed: ${error}`);
		const seconds = (performance.now() - start) / 1000;
		clearInterval(sample);
		const peak = Math.max(...(await renderers(browser)).map((r) => r.hwm));
		const command = `${BENCH} --only remote`;
		const name = `import ${rows.toLocaleString('en-US')}-row contracts CSV (${round(size / 1e6)} MB) in Chromium`;
		return [
			{
				group: 'memory',
				name: `${name}: tab peak resident memory (page + engine worker + wasm)`,
				value: mb(peak),
				unit: 'MiB',
				command,
				note: `renderer VmHWM; ${mb(before)} MiB once the engine was ready, before the import; import took ${round(seconds)} s; target < 1.5 GB`
			},
			{
				group: 'memory',
				name: `${name}: page main-thread JS heap, peak sampled`,
				value: mb(heap),
				unit: 'MiB',
				command
			}
		];
	} finally {
		await context.close();
		await server.close();
		await rm(path, { force: true });
		await rm(profile, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const rows = Number(process.argv[2] ?? 1_000_000);
	for (const f of await benchImportMemory(process.argv[3] ?? 'build', rows))
		console.log(`${f.name}: ${f.value} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
}
