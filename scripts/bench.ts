/**
 * `npm run bench`: Vigie's performance figures on this machine, each with the command that
 * reproduces it and, where relevant, a ratio against a baseline measured in the same run.
 * Reads the existing build (run `npm run build` first). Prints a table and writes
 * `bench-results/latest.json`.
 *
 * `npm run bench -- [--only sizes,node,browser,import,remote,procurement,explore] [--runs 3] [--quick] [--build build]
 *   [--baseline DIR]`
 * --baseline: another build of the site (any folder, e.g. an older commit's `build/`), whose pages'
 * first charts the browser group measures in the same run, side by side with this build's.
 * --quick: one run each, and the import bench on 10 MB only.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBrowser } from './bench/browser.ts';
import { formatTable, round, time, type Figure } from './bench/figure.ts';
import { benchNodeEngine } from './bench/node-engine.ts';
import { benchRemote } from './bench-remote.ts';
import { benchSizes } from './bench/sizes.ts';
import { benchProcurement } from './bench-procurement.ts';
import { benchExplore } from './bench/explore-browser.ts';
import { benchImportBrowser } from './bench/import-browser.ts';
import { benchImport, type BenchResult } from './bench-import.ts';

const GROUPS = ['sizes', 'node', 'browser', 'import', 'remote', 'procurement', 'explore'] as const;
type Group = (typeof GROUPS)[number];

const { values } = parseArgs({
	options: {
		only: { type: 'string' },
		runs: { type: 'string' },
		quick: { type: 'boolean' },
		build: { type: 'string' },
		baseline: { type: 'string' }
	}
});
const build = values.build ?? 'build';
const runs = values.quick ? 1 : Number(values.runs ?? 3);
const only = new Set((values.only?.split(',') ?? GROUPS) as Group[]);

/**
 * The import in Node (10 and 100 MB; fast path, full path, DuckDB's bare reader) and through the
 * import page in Chromium (100 MB, three runs), each against the bare reader of the same run.
 */
async function benchImportFigures(): Promise<Figure[]> {
	const node: BenchResult[] = await benchImport(values.quick ? [10] : undefined);
	const browser = await benchImportBrowser(values.quick ? 10 : 100, build, values.quick ? 1 : 3);
	const pairs = [
		{ group: 'import (Node)', results: node, raw: 'DuckDB read_csv alone' },
		{ group: 'import (Chromium)', results: browser, raw: 'DuckDB-wasm read_csv alone' }
	];
	return pairs.flatMap(({ group, results, raw }) =>
		results.map((r) => {
			const base = results.find(
				(o) => o.name.split(': ')[0] === r.name.split(': ')[0] && o.name.endsWith(raw)
			);
			const isImport = r.unit === 'MB/s' && !/read_csv/.test(r.name);
			return {
				group,
				...r,
				ratio:
					isImport && base
						? { value: r.value / base.value, against: 'bare read_csv, same run' }
						: undefined
			};
		})
	);
}

const benches: Record<Group, () => Promise<Figure[]>> = {
	sizes: () => benchSizes(build),
	node: () => benchNodeEngine(runs),
	browser: () => benchBrowser(runs, build, values.baseline),
	import: benchImportFigures,
	remote: () => benchRemote(build, values.quick),
	procurement: () => benchProcurement(build),
	explore: () => benchExplore(build)
};

if (!existsSync(join(build, 'index.html'))) {
	console.error(`No ${build}/index.html: run \`npm run build\` first.`);
	process.exit(1);
}
const figures: Figure[] = [];
const seconds: Record<string, number> = {};
for (const group of GROUPS.filter((g) => only.has(g))) {
	const [result, ms] = await time(benches[group]);
	figures.push(...result);
	seconds[group] = round(ms / 1000);
}
console.log(formatTable(figures));
console.log(`\nbench time by group (s): ${JSON.stringify(seconds)}`);
await mkdir('bench-results', { recursive: true });
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version };
// An `--only` run replaces its own figures and keeps the others' from the previous run.
const previous = await readFile('bench-results/latest.json', 'utf8').then(
	(text) => JSON.parse(text) as { figures?: Figure[]; seconds?: Record<string, number> },
	() => ({ figures: [] as Figure[], seconds: {} })
);
// Each group has its own `--only` command: a re-run group replaces all its previous figures.
const fresh = new Set(figures.map((f) => f.command));
await writeFile(
	'bench-results/latest.json',
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine,
			build,
			runs,
			seconds: { ...previous.seconds, ...seconds },
			figures: [...(previous.figures ?? []).filter((f) => !fresh.has(f.command)), ...figures]
		},
		null,
		'\t'
	)
);
console.log('written: bench-results/latest.json');
