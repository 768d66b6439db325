/**
 * The built site in this machine's Chromium, served by the plain static server (scripts/serve-static.ts):
 * - for each page of issue 16 (`PAGES`), the first chart visible on a simulated 1.6 Mbit/s, 150 ms
 *   RTT link and the bytes received by then (first-chart.ts), side by side with another build of
 *   the site measured the same way in the same run (`--baseline DIR`, any build folder);
 * - `/` again from a host that ignores the precompressed files;
 * - engine ready (duckdb-wasm started, SIPRI loaded, chart redrawn) on `/` without throttling,
 *   and the bytes the server sent by then (the engine's worker fetches are invisible to the
 *   page's log).
 * Service workers are blocked so each run is a true first visit.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../serve-static.ts';
import { BENCH, kb, median, round, type Figure } from './figure.ts';
import { firstChart, visit, type FirstChart, type Sent } from './first-chart.ts';
import { sideBySide, pageFigures } from './pages-table.ts';

const COMMAND = `${BENCH} --only browser`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
/** Issue 16's pages: the first chart of each must show in < 1.5 s after < 300 KB. */
export const PAGES = [
	'/',
	'/credibilite/',
	'/marches/',
	'/controle/',
	'/indicateurs/',
	'/pays/mli/'
] as const;

async function host(dir: string, sent: Sent[], precompressed = true) {
	return serveStatic({
		dir,
		port: 0,
		precompressed,
		onBody: (path, bytes) => sent.push({ path, bytes, at: Date.now() })
	});
}

/** Every page of `dir`, `runs` throttled first visits each. */
async function pages(browser: Browser, dir: string, runs: number) {
	const sent: Sent[] = [];
	const server = await host(dir, sent);
	try {
		const out = new Map<string, FirstChart>();
		for (const path of PAGES)
			out.set(path, await firstChart(browser, server.url + path, runs, sent));
		return out;
	} finally {
		await server.close();
	}
}

export async function benchBrowser(
	runs = 3,
	build = 'build',
	baseline?: string
): Promise<Figure[]> {
	const executablePath = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);
	if (baseline && !existsSync(resolve(baseline, 'index.html')))
		throw new Error(
			`--baseline ${baseline}: no index.html there (a built site folder is expected)`
		);
	const browser = await chromium.launch({ executablePath, args: ARGS });
	try {
		const now = await pages(browser, build, runs);
		const before = baseline ? await pages(browser, baseline, runs) : undefined;
		const sent: Sent[] = [];
		const plainHost = await host(build, sent, false);
		const plain = await firstChart(browser, `${plainHost.url}/`, runs, sent).finally(() =>
			plainHost.close()
		);
		const ready = await engineReady(browser, build, runs);
		console.log(sideBySide(now, before, baseline, runs));
		const f = figure(runs);
		const fast = now.get('/') as FirstChart;
		return [
			...pageFigures(now, before, baseline, f),
			f('first chart visible on /, host ignoring .br/.gz', round(plain.ms, 0), 'ms', {
				value: fast.ms / plain.ms,
				against: 'precompressed host ÷ this'
			}),
			f('bytes received by first chart on /, host ignoring .br/.gz', kb(plain.bytes), 'KiB'),
			f('bytes of / with all its JS and CSS, engine and data excluded', kb(fast.page), 'KiB', {
				value: fast.page / plain.page,
				against: 'host ignoring .br/.gz'
			}),
			f('bytes of / with all its JS and CSS, host ignoring .br/.gz', kb(plain.page), 'KiB'),
			f(
				'engine ready on / (wasm started, SIPRI loaded, chart redrawn), no throttling',
				round(median(ready.map((r) => r.ms)), 0),
				'ms'
			),
			f('bytes sent by the server by engine ready', kb(median(ready.map((r) => r.bytes))), 'KiB')
		];
	} finally {
		await browser.close();
	}
}

async function engineReady(browser: Browser, build: string, runs: number) {
	const sent: Sent[] = [];
	const server = await host(build, sent);
	try {
		const ready = [];
		for (let i = 0; i < runs; i++) {
			sent.length = 0;
			const v = await visit(browser, `${server.url}/`, false, 'engineReady');
			ready.push({
				ms: v.timedOut ? NaN : v.marks.engineReady,
				bytes: sent.reduce((a, s) => a + s.bytes, 0)
			});
		}
		return ready;
	} finally {
		await server.close();
	}
}

export type MakeFigure = ReturnType<typeof figure>;

function figure(runs: number) {
	return (
		name: string,
		value: number,
		unit: string,
		ratio?: Figure['ratio'],
		note?: string
	): Figure => ({
		group: 'browser',
		name: `${name} (median of ${runs})`,
		value,
		unit,
		command: COMMAND,
		ratio,
		note
	});
}
