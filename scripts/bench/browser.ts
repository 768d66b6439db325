/**
 * `/` in this machine's Chromium, served by the plain static server (scripts/serve-static.ts):
 * - first chart visible on a simulated 1.6 Mbit/s, 150 ms RTT link, and the bytes received by
 *   then, against the same page from a host that ignores the precompressed files;
 * - engine ready (duckdb-wasm started, SIPRI loaded, chart redrawn) without throttling, and the
 *   bytes the server sent by then (the engine's worker fetches are invisible to the page's log).
 * Service workers are blocked so each run is a true first visit.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serveStatic } from '../serve-static.ts';
import { BENCH, kb, median, round, type Figure } from './figure.ts';
import { NetworkLog } from './network-log.ts';
import { PROBE, type Marks } from './probe.ts';

const COMMAND = `${BENCH} --only browser`;
/** Fetched once the page is idle, by the engine: not part of the first view's weight. */
const ENGINE_FILES = /duckdb|sipri-milex/;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

/** The page's window with the marks `probe.ts` records. */
type BenchWindow = typeof window & { __vigieBench: Marks };

type Visit = { marks: Marks; fcp: number; log: NetworkLog; fetchStart: number };

async function visit(browser: Browser, url: string, throttle: boolean, until: keyof Marks) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		locale: 'fr-FR',
		viewport: { width: 1280, height: 800 }
	});
	try {
		await context.addInitScript(PROBE);
		const page = await context.newPage();
		const log = await NetworkLog.attach(await context.newCDPSession(page), throttle);
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction((k) => (window as BenchWindow).__vigieBench[k] > 0, until, {
			timeout: 60_000,
			polling: 20
		});
		// Let every response of the page finish (its lazy JS chunks arrive after `load`): partial
		// ones are then counted pro rata, and the page's whole weight is known.
		if (throttle) await log.settled(ENGINE_FILES);
		const { marks, fcp, fetchStart } = await page.evaluate(() => ({
			marks: (window as BenchWindow).__vigieBench,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			fetchStart:
				(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
					?.fetchStart ?? 0
		}));
		return { marks, fcp, log, fetchStart } satisfies Visit;
	} finally {
		await context.close();
	}
}

type FirstChart = {
	ms: number;
	fcp: number;
	bytes: number;
	finished: number;
	engine: number;
	/** Everything `/` loads until the network is idle, engine and data excluded. */
	page: number;
};

/** Medians over `runs` throttled first visits. */
async function firstChart(browser: Browser, url: string, runs: number): Promise<FirstChart> {
	const samples: FirstChart[] = [];
	for (let i = 0; i < runs; i++) {
		const v = await visit(browser, url, true, 'firstChart');
		// Visible = painted: the later of the frame after the chart entered the DOM and the FCP.
		const ms = Math.max(v.marks.firstChart, v.fcp);
		const cutoff = ms - v.fetchStart;
		const engine = v.log.bytesOf(ENGINE_FILES, cutoff);
		const page = v.log.bytesBy(Infinity).bytes - v.log.bytesOf(ENGINE_FILES);
		samples.push({ ms, fcp: v.fcp, ...v.log.bytesBy(cutoff), engine, page });
	}
	const m = (k: keyof FirstChart) => median(samples.map((s) => s[k]));
	return {
		ms: m('ms'),
		fcp: m('fcp'),
		bytes: m('bytes'),
		finished: m('finished'),
		engine: m('engine'),
		page: m('page')
	};
}

export async function benchBrowser(runs = 3, build = 'build'): Promise<Figure[]> {
	const executablePath = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);
	const browser = await chromium.launch({ executablePath, args: ARGS });
	let served = 0;
	const host = await serveStatic({ dir: build, port: 0, onBody: (_, n) => (served += n) });
	const plainHost = await serveStatic({ dir: build, port: 0, precompressed: false });
	try {
		const fast = await firstChart(browser, `${host.url}/`, runs);
		const plain = await firstChart(browser, `${plainHost.url}/`, runs);
		const ready = [];
		for (let i = 0; i < runs; i++) {
			served = 0;
			const v = await visit(browser, `${host.url}/`, false, 'engineReady');
			ready.push({ ms: v.marks.engineReady, bytes: served });
		}
		return figures(fast, plain, ready, runs);
	} finally {
		await Promise.all([host.close(), plainHost.close(), browser.close()]);
	}
}

function figures(
	fast: FirstChart,
	plain: FirstChart,
	ready: { ms: number; bytes: number }[],
	runs: number
): Figure[] {
	const f = (
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
	const vsPlain = 'host ignoring .br/.gz';
	return [
		f(
			'first chart visible, 1.6 Mbit/s + 150 ms RTT',
			round(fast.ms, 0),
			'ms',
			{ value: fast.ms / plain.ms, against: vsPlain },
			'target < 1500 ms'
		),
		f(
			'bytes received by first chart, same link',
			kb(fast.bytes),
			'KiB',
			{ value: fast.bytes / plain.bytes, against: vsPlain },
			`target < 250 KB; ${fast.finished} responses complete by then, engine and data among them: ${kb(fast.engine)} KiB`
		),
		f('first contentful paint, same link', round(fast.fcp, 0), 'ms'),
		f('bytes of / with all its JS and CSS, engine and data excluded', kb(fast.page), 'KiB', {
			value: fast.page / plain.page,
			against: vsPlain
		}),
		f('bytes of / with all its JS and CSS, host ignoring .br/.gz', kb(plain.page), 'KiB'),
		f('first chart visible, host ignoring .br/.gz', round(plain.ms, 0), 'ms'),
		f('bytes received by first chart, host ignoring .br/.gz', kb(plain.bytes), 'KiB'),
		f(
			'engine ready (wasm started, SIPRI loaded, chart redrawn), no throttling',
			round(median(ready.map((r) => r.ms)), 0),
			'ms'
		),
		f('bytes sent by the server by engine ready', kb(median(ready.map((r) => r.bytes))), 'KiB')
	];
}
