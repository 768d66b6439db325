/**
 * Issue 7, item 5 (beyond one browser's memory) and item 4's memory figure:
 * - a 20,000,000-row contracts dataset, generated once by DuckDB SQL into the published layout of
 *   `vigie convert` and cached in `.data-scratch/remote-bench-20m/` (delete it to regenerate);
 * - served next to the built site by `scripts/serve-static.ts` (the dataset is linked into the
 *   build folder for the run), then `/donnees-distantes/` in this machine's Chromium opens one
 *   country-year view (Niger 2019): bytes the server sent for the dataset against its total
 *   size, rows loaded, time to the overview (manifest only) and to the computed view;
 * - the import page on a 1,000,000-row contracts CSV, and the peak memory of the tab
 *   (`scripts/bench/import-memory.ts`).
 * `npm run bench -- --only remote [--quick] [--build build]`, or alone:
 * `node --import tsx --import ./scripts/raw-loader.mjs scripts/bench-remote.ts [build] [--quick]
 *   [--no-memory]`
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { selectPartitions } from '../src/lib/convert/select-partitions.ts';
import { openNodeEngine } from '../src/lib/db/node-engine.ts';
import { benchImportMemory } from './bench/import-memory.ts';
import { BENCH, mb, round, type Figure } from './bench/figure.ts';
import { generatedDataset } from './bench/remote-generate.ts';
import { serveStatic } from './serve-static.ts';

const COMMAND = `${BENCH} --only remote`;
const VIEW = { country: 'NER', year: 2019 };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];
const LINK = 'bench-remote-data';

/** Opens the view in Chromium; the server counts every byte it sends under the dataset's path. */
async function openView(build: string) {
	const sent = { dataset: 0, ranges: 0, files: [] as string[] };
	const server = await serveStatic({
		dir: build,
		port: 0,
		onBody: (path, bytes) => {
			if (!path.startsWith(`/${LINK}/`)) return;
			sent.dataset += bytes;
			sent.files.push(path.slice(LINK.length + 2));
		}
	});
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	try {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR' });
		const page = await context.newPage();
		page.on('request', (r) => void (r.headers().range && sent.ranges++));
		const query = `manifest=/${LINK}/manifest.json&country=${VIEW.country}&year=${VIEW.year}&load=1`;
		const start = performance.now();
		await page.goto(`${server.url}/donnees-distantes/?${query}`);
		await page.locator('#remote-overview').waitFor({ timeout: 120_000 });
		const overview = performance.now() - start;
		const fetched = page.locator('p.fetched');
		await fetched.waitFor({ timeout: 600_000 });
		const ready = performance.now() - start;
		const rows = Number(await fetched.getAttribute('data-rows'));
		return { sent, rows, overview, ready };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** The remote view's figures; `quick` uses a 1 M-row dataset (and a 100,000-row import). */
async function benchRemoteView(build = 'build', quick = false): Promise<Figure[]> {
	const rows = quick ? 1_000_000 : 20_000_000;
	const cache = `.data-scratch/remote-bench-${rows / 1e6}m`;
	const dir = resolve(cache);
	const engine = await openNodeEngine();
	const { manifest, reused, generation } = await generatedDataset(engine, dir, rows).finally(() =>
		engine.close()
	);
	const table = manifest.tables.contracts!;
	const link = join(build, LINK);
	await rm(link, { force: true });
	await symlink(dir, link);
	const view = await openView(build).finally(() => rm(link, { force: true }));
	const chosen = selectPartitions(table, {
		countries: [VIEW.country],
		from: VIEW.year,
		to: VIEW.year
	});
	const expectedRows = chosen.reduce((n, p) => n + p.rows, 0);
	if (view.rows !== expectedRows)
		console.warn(`bench remote: ${view.rows} rows loaded, manifest says ${expectedRows}`);
	const name = `${(rows / 1e6).toLocaleString('en-US')} M-row contracts dataset, view ${VIEW.country} ${VIEW.year}`;
	const figure = (label: string, value: number, unit: string, extra: Partial<Figure> = {}) => ({
		group: 'remote',
		name: `${name}: ${label}`,
		value,
		unit,
		command: COMMAND,
		...extra
	});
	return [
		figure('bytes fetched (manifest + partitions)', mb(view.sent.dataset), 'MiB', {
			ratio: {
				value: view.sent.dataset / table.bytes,
				against: `whole dataset (${mb(table.bytes)} MiB)`
			},
			note: `${view.sent.files.length} files fetched (${view.sent.files.filter((f) => f.endsWith('.gz')).length} partition), ${view.sent.ranges} range requests; ${table.partitions.length} partitions in all`
		}),
		figure('rows loaded in the browser', view.rows, 'rows'),
		figure('overview from the manifest (page load → totals)', round(view.overview / 1000, 2), 's'),
		figure(
			'view computed (page load, engine start, download, query)',
			round(view.ready / 1000, 2),
			's'
		),
		figure('dataset generation + conversion, wall clock', round(generation?.seconds ?? NaN), 's', {
			command: `rm -rf ${cache} && ${COMMAND}`,
			note: `${reused ? `cached, from the run of ${generation?.date ?? '?'}` : 'this run'}; CPU time ${round(generation?.cpuSeconds ?? NaN)} s (Node process, zlib threads included)`
		})
	];
}

/** Item 4's memory figure; a failed import (a crashed tab…) is reported, not thrown. */
async function memoryFigures(build: string, quick: boolean): Promise<Figure[]> {
	const rows = quick ? 100_000 : 1_000_000;
	return benchImportMemory(build, rows).catch((error: unknown) => [
		{
			group: 'memory',
			name: `import ${rows.toLocaleString('en-US')}-row contracts CSV in Chromium: tab peak memory`,
			value: NaN,
			unit: 'MiB',
			command: COMMAND,
			note: `failed: ${String(error).split('\n')[0]}`
		}
	]);
}

/** The figures for `npm run bench -- --only remote`: the remote view, then import memory. */
export async function benchRemote(build = 'build', quick = false): Promise<Figure[]> {
	const remote = await benchRemoteView(build, quick);
	return [...remote, ...(await memoryFigures(build, quick))];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const build = process.argv[2] ?? 'build';
	if (!existsSync(join(build, 'index.html')))
		throw new Error(`no ${build}/index.html: build first`);
	const print = (fs: Figure[]) => {
		for (const f of fs)
			console.log(`${f.name}: ${f.value} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
	};
	print(await benchRemoteView(build, process.argv.includes('--quick')));
	if (!process.argv.includes('--no-memory'))
		print(await memoryFigures(build, process.argv.includes('--quick')));
}
