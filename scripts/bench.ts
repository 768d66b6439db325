/**
 * `npm run bench`: Vigie's performance figures on this machine, each with the command that
 * reproduces it and, where relevant, a ratio against a baseline measured in the same run.
 * Reads the existing build (run `npm run build` first). Prints a table and writes
 * `bench-results/latest.json`.
 *
 * `npm run bench -- [--only sizes,node,browser,import,remote,procurement,explore] [--runs 3] [--quick] [--build build]`
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

const GROUPS = ['sizes', 'node', 'browser', 'import', 'remote', 'procurement', 'explore'] as const;
type Group = (typeof GROUPS)[number];

const { values } = parseArgs({
	options: {
		only: { type: 'string' },
		runs: { type: 'string' },
		quick: { type: 'boolean' },
		build: { type: 'string' }
	}
});
const build = values.build ?? 'build';
const runs = values.quick ? 1 : Number(values.runs ?? 3);
const only = new Set((values.only?.split(',') ?? GROUPS) as Group[]);

/** The import helper is optional: another part of the project writes it. */
async function benchImportFigures(): Promise<Figure[]> {
	const path = join(import.meta.dirname, 'bench-import.ts');
	const mod = existsSync(path)
		? await import('./bench-import.ts').catch(() => undefined)
		: undefined;
	if (typeof mod?.benchImport !== 'function') {
		console.warn('import: scripts/bench-import.ts (benchImport) not found, skipped');
		return [];
	}
	const results: { name: string; value: number; unit: string; command: string }[] =
		await mod.benchImport(values.quick ? [10] : undefined);
	return results.map((r) => {
		// Pair each full import with DuckDB's bare reader on the same file.
		const raw = results.find(
			(o) => o.name === r.name.replace('full import', 'DuckDB read_csv alone')
		);
		const full = !/read_csv/.test(r.name);
		return {
			group: 'import (Node)',
			...r,
			ratio: full && raw ? { value: r.value / raw.value, against: 'bare read_csv' } : undefined
		};
	});
}

const benches: Record<Group, () => Promise<Figure[]>> = {
	sizes: () => benchSizes(build),
	node: () => benchNodeEngine(runs),
	browser: () => benchBrowser(runs, build),
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
