/**
 * One page's first chart on the slow link (1.6 Mbit/s, 150 ms RTT, see network-log.ts): when it
 * is painted in the viewport (probe.ts), and the bytes received by then. The same measure for any
 * build, so that a build of today and an older one are compared page by page in the same run.
 *
 * Bytes: the page's own requests from Chromium's network log; the engine's worker is a target
 * that log does not see, so the engine files the server started sending before the chart are
 * added whole (a chart drawn by the engine needs them whole).
 */
import type { Browser } from '@playwright/test';
import { median } from './figure.ts';
import { NetworkLog } from './network-log.ts';
import { PROBE, type Marks } from './probe.ts';

/** Fetched by the engine: not part of a prerendered first view's weight. */
export const ENGINE_FILES = /duckdb|sipri-milex/;
/** A page that shows no chart by then is reported as "none". */
export const CAP_MS = 60_000;

type BenchWindow = typeof window & { __vigieBench: Marks };

/** What the server sent, with when it started (epoch ms): the bench's view of the worker. */
export type Sent = { path: string; bytes: number; at: number };

export type Visit = {
	marks: Marks;
	fcp: number;
	log: NetworkLog;
	fetchStart: number;
	/** Epoch ms of the page's clock's zero. */
	timeOrigin: number;
	/** The mark waited for did not come within `cap`. */
	timedOut: boolean;
};

export async function visit(
	browser: Browser,
	url: string,
	throttle: boolean,
	until: keyof Marks,
	cap = CAP_MS
): Promise<Visit> {
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
		const timedOut = await page
			.waitForFunction((k) => (window as BenchWindow).__vigieBench[k] > 0, until, {
				timeout: cap,
				polling: 20
			})
			.then(
				() => false,
				() => true
			);
		// Let the page's responses finish (lazy JS chunks arrive after `load`): partial ones are
		// then counted pro rata. A page still busy after 30 s is counted as it stands.
		if (throttle && !timedOut) await log.settled(ENGINE_FILES).catch(() => undefined);
		const state = await page.evaluate(() => ({
			marks: (window as BenchWindow).__vigieBench,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			timeOrigin: performance.timeOrigin,
			fetchStart:
				(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
					?.fetchStart ?? 0
		}));
		return { ...state, log, timedOut };
	} finally {
		await context.close();
	}
}

export type FirstChart = {
	/** ms from navigation to the chart painted; NaN when none within the cap. */
	ms: number;
	fcp: number;
	bytes: number;
	finished: number;
	/** Engine bytes among `bytes` (page log and worker). */
	engine: number;
	/** Runs out of `runs` with no chart within the cap. */
	none: number;
	/** Everything the page loads until the network is idle, engine and data excluded. */
	page: number;
	/** Runs where a chart was also painted in the first screen (1280 × 800). */
	inView: number;
};

/** Medians over `runs` throttled first visits of `url`; `sent` is the server's log of bodies. */
export async function firstChart(
	browser: Browser,
	url: string,
	runs: number,
	sent: Sent[]
): Promise<FirstChart> {
	const samples: FirstChart[] = [];
	for (let i = 0; i < runs; i++) {
		sent.length = 0;
		const v = await visit(browser, url, true, 'firstChart');
		// Visible = painted: the later of the frame after the chart was laid out and the FCP.
		const ms = v.timedOut ? NaN : Math.max(v.marks.firstChart, v.fcp);
		const cutoff = (v.timedOut ? CAP_MS : ms) - v.fetchStart;
		const seen = new Set(v.log.finished.map((f) => new URL(f.url).pathname));
		const worker = sent
			.filter((s) => ENGINE_FILES.test(s.path) && !seen.has(s.path))
			.filter((s) => s.at <= v.timeOrigin + v.fetchStart + cutoff)
			.reduce((a, s) => a + s.bytes, 0);
		const page = v.log.bytesBy(cutoff);
		samples.push({
			ms,
			fcp: v.fcp,
			bytes: page.bytes + worker,
			finished: page.finished,
			engine: v.log.bytesOf(ENGINE_FILES, cutoff) + worker,
			page: v.log.bytesBy(Infinity).bytes - v.log.bytesOf(ENGINE_FILES),
			none: v.timedOut ? 1 : 0,
			inView: v.marks.firstChartInView > 0 ? 1 : 0
		});
	}
	// A run with no chart counts as slower than any run with one.
	const ms = median(samples.map((s) => (Number.isNaN(s.ms) ? Infinity : s.ms)));
	const m = (k: keyof FirstChart) => median(samples.map((s) => s[k]));
	return {
		ms: Number.isFinite(ms) ? ms : NaN,
		fcp: m('fcp'),
		bytes: m('bytes'),
		finished: m('finished'),
		engine: m('engine'),
		page: m('page'),
		none: samples.reduce((a, s) => a + s.none, 0),
		inView: samples.reduce((a, s) => a + s.inView, 0)
	};
}
