/**
 * Procurement view speed (issue 5: a filter change redraws in < 100 ms on the default data and
 * < 300 ms on a 1,000,000-row contracts import). A deterministic 1 M-row contracts CSV is written
 * to the OS temp folder, then:
 * - Node: imported with the real import (`importFile`), the view opened by its spec (tables
 *   built) and its loader run for a series of filter states (the page runs exactly this);
 * - Chromium: the built site is served, the file imported on /import/, /marches/ opened by its nav
 *   link (same engine, no reload) and filters changed in the filter bar, reading the explore
 *   controller's `data-redraw-ms` (filter change → DOM updated). The demo data get the same
 *   treatment first.
 * `npm run bench -- --only procurement` (needs `npm run build` and /usr/bin/chromium).
 */
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeEngine } from '../src/lib/db/node-engine.ts';
import { syncDemo } from '../src/lib/explore/demo-data.ts';
import { nodeDemoReader } from '../src/lib/explore/demo-data-node.ts';
import { parseFilters } from '../src/lib/explore/filters.ts';
import { importFile } from '../src/lib/ingest/import-file.ts';
import type { ExploreFilters } from '../src/lib/explore/filters.ts';
import { procurementExplore } from '../src/lib/procurement/procurement-explore.ts';
import { loadMilex } from '../src/lib/trends/load-milex.ts';
import { BENCH, median, round, time, type Figure } from './bench/figure.ts';
import { redrawsInBrowser } from './bench/procurement-browser.ts';
import { writeProcurementCsv } from './bench/procurement-data.ts';

const COMMAND = `${BENCH} --only procurement`;
export const BENCH_ROWS = 1_000_000;

/** The filter states the Node bench steps through (the browser bench clicks similar ones). */
const STATES = [
	'country=MLI',
	'country=MLI,NER',
	'country=MLI,NER&from=2018',
	'country=MLI,NER&from=2018&to=2021',
	'country=MLI,NER&from=2018&to=2021&method=direct',
	'from=2018&to=2021',
	'institution=Police nationale',
	''
];

/** The page's own loader (the view's spec) for each filter state, timed. */
async function nodeRedraws(load: (filters: ExploreFilters) => Promise<unknown>): Promise<number[]> {
	const times: number[] = [];
	for (const state of STATES) {
		const { filters } = parseFilters(new URLSearchParams(state));
		const [, ms] = await time(() => load(filters));
		times.push(ms);
	}
	return times;
}

function figures(where: string, label: string, times: number[], target: number): Figure[] {
	const note = `target < ${target} ms; ${times.length} filter changes: ${times.map((t) => Math.round(t)).join(', ')} ms`;
	return [
		{
			group: 'procurement',
			name: `${where}: filter redraw, ${label}, median`,
			value: round(median(times)),
			unit: 'ms',
			command: COMMAND,
			note
		},
		{
			group: 'procurement',
			name: `${where}: filter redraw, ${label}, max`,
			value: round(Math.max(...times)),
			unit: 'ms',
			command: COMMAND
		}
	];
}

async function benchNode(path: string): Promise<Figure[]> {
	const out: Figure[] = [];
	const demo = await openNodeEngine();
	await syncDemo(demo, [], nodeDemoReader());
	await loadMilex(demo, 'data/sipri-milex.csv');
	const opened = await procurementExplore.open(demo);
	out.push(...figures('Node', 'demo contracts', await nodeRedraws(opened.load), 100));
	await demo.close();
	const engine = await openNodeEngine();
	const bytes = new Uint8Array(await readFile(path));
	const [result, importMs] = await time(() =>
		importFile(engine, { name: 'contracts-1m.csv', bytes }, { datasetId: 'bench-1m' })
	);
	if (result.accepted !== BENCH_ROWS) throw new Error(`bench: ${result.accepted} rows accepted`);
	await loadMilex(engine, 'data/sipri-milex.csv');
	// opening the view builds its tables and reads the filter choices, once per data change
	const [{ load }, buildMs] = await time(() => procurementExplore.open(engine));
	const rows = `${BENCH_ROWS / 1e6} M contracts`;
	out.push(
		{
			group: 'procurement',
			name: `Node: import ${rows}`,
			value: round(importMs / 1000),
			unit: 's',
			command: COMMAND
		},
		{
			group: 'procurement',
			name: `Node: build the view's tables, ${rows} (once per data change)`,
			value: round(buildMs / 1000),
			unit: 's',
			command: COMMAND
		},
		...figures('Node', rows, await nodeRedraws(load), 300)
	);
	await engine.close();
	return out;
}

/** Runs the procurement bench on the build in `build`; returns its figures. */
export async function benchProcurement(build = 'build'): Promise<Figure[]> {
	const path = join(tmpdir(), `vigie-bench-procurement-${BENCH_ROWS}.csv`);
	await writeProcurementCsv(path, BENCH_ROWS);
	try {
		const node = await benchNode(path);
		const browser = await redrawsInBrowser(build, path);
		const rows = `${BENCH_ROWS / 1e6} M contracts`;
		return [
			...node,
			...figures('Chromium', 'demo contracts', browser.demo, 100),
			{
				group: 'procurement',
				name: `Chromium: import ${rows}, then open /marches/ (tables built)`,
				value: round(browser.loadSeconds),
				unit: 's',
				command: COMMAND
			},
			...figures('Chromium', rows, browser.big, 300)
		];
	} finally {
		await rm(path, { force: true });
	}
}
