/**
 * Import throughput: generates 10 MB and 100 MB French contracts CSVs (`;`, amounts like
 * "12 345 678,50" with narrow no-break spaces, dd/mm/yyyy dates) in the OS temp folder, then
 * times the full import (sniff, scan, read, type, check, de-duplicate, insert) through the Node
 * engine, and DuckDB's bare `read_csv` of the same file for comparison.
 * `node --import tsx --import ./scripts/raw-loader.mjs scripts/bench-import.ts [--browser]`
 * (`--browser`: also the import page in Chromium, see scripts/bench/import-browser.ts).
 */
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openNodeEngine } from '../src/lib/db/node-engine.ts';
import { sqlString } from '../src/lib/db/sql.ts';
import { importFile } from '../src/lib/ingest/import-file.ts';
import { stageTimer } from './bench/import-stages.ts';

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	command: string;
}

const COMMAND = 'node --import tsx --import ./scripts/raw-loader.mjs scripts/bench-import.ts';
const HEADER =
	"Pays;Autorité contractante;Référence;Objet du marché;Mode de passation;Attributaire;Montant (FCFA);Date d'attribution;Nombre d'offres\n";
const BUYERS = [
	'Ministère de la Défense nationale',
	"Ministère de l'Intérieur",
	'Garde nationale',
	'État-major des armées'
];
const METHODS = [
	"Appel d'offres ouvert",
	"Appel d'offres restreint",
	'Entente directe',
	'Gré à gré',
	'Demande de prix',
	'Marché spécial (secret défense)'
];
const OBJECTS = [
	'Fourniture de rations',
	'Carburant opérations',
	'Tenues et équipements',
	'Véhicules tactiques',
	'Maintenance des aéronefs'
];

/** Writes a contracts CSV of about `megabytes` MB; every row is distinct (its reference). */
export async function writeContracts(path: string, megabytes: number): Promise<number> {
	const out = createWriteStream(path);
	let size = 0;
	let row = 0;
	let seed = 42;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
	out.write(HEADER);
	while (size < megabytes * 1e6) {
		const lines: string[] = [];
		for (let i = 0; i < 5000; i++, row++) {
			const amount = (next() % 5_000_000_000) + next() / 2147483648;
			const text = amount
				.toFixed(2)
				.replace('.', ',')
				.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
			const date = `${String((row % 28) + 1).padStart(2, '0')}/${String((row % 12) + 1).padStart(2, '0')}/${2015 + (row % 10)}`;
			lines.push(
				`Niger;${BUYERS[row % 4]};NE-${row};${OBJECTS[row % 5]} lot ${row % 97};${METHODS[row % 6]};Entreprise ${next() % 5000} SARL;${text};${date};${(row % 7) + 1}\n`
			);
		}
		const chunk = lines.join('');
		size += Buffer.byteLength(chunk);
		if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
	}
	await new Promise<void>((resolve, reject) =>
		out.end((e?: Error | null) => (e ? reject(e) : resolve()))
	);
	return row;
}

/** Wall-clock and CPU seconds of `work`: on a shared machine CPU time is the steadier figure. */
async function timeIt<T>(work: () => Promise<T>): Promise<[T, number, number]> {
	const start = performance.now();
	const cpu = process.cpuUsage();
	const value = await work();
	const used = process.cpuUsage(cpu);
	return [value, (performance.now() - start) / 1000, (used.user + used.system) / 1e6];
}

/** DuckDB's own reader of the generated file, all text: the baseline every import is compared to. */
function bareReadSql(path: string): string {
	return `CREATE TABLE raw_bench AS SELECT * FROM read_csv(${sqlString(path)}, all_varchar = true, delim = ';', header = true)`;
}

/**
 * V8 first runs the engine's code unoptimised and optimises what runs hot: whatever is measured
 * first in a process pays for it (the bare reader ran at a third of its later pace). One untimed
 * round of each measure on a small file first, so every figure is of optimised code.
 */
async function warmUp(): Promise<void> {
	const path = join(tmpdir(), 'vigie-bench-contracts-warmup.csv');
	await writeContracts(path, 5);
	const bytes = new Uint8Array(await readFile(path));
	const engine = await openNodeEngine();
	await engine.exec(bareReadSql(path));
	await importFile(engine, { name: path, bytes }, { datasetId: 'fast' });
	await importFile(engine, { name: path, bytes }, { datasetId: 'full', fast: false });
	await engine.close();
	await rm(path, { force: true });
}

/** Runs the benchmark; returns one entry per measure for `npm run bench`. */
export async function benchImport(sizes = [10, 100]): Promise<BenchResult[]> {
	const results: BenchResult[] = [];
	await warmUp();
	for (const mb of sizes) {
		const path = join(tmpdir(), `vigie-bench-contracts-${mb}mb.csv`);
		const rows = await writeContracts(path, mb);
		const bytes = new Uint8Array(await readFile(path));
		const megabytes = bytes.byteLength / 1e6;
		// Each in a fresh engine (the compiled and optimised code is shared within the process).
		const rawEngine = await openNodeEngine();
		const [, rawSeconds, rawCpuSeconds] = await timeIt(() => rawEngine.exec(bareReadSql(path)));
		await rawEngine.close();
		const timer = stageTimer(await openNodeEngine());
		const [result, seconds, cpuSeconds] = await timeIt(() =>
			importFile(
				timer.engine,
				{ name: path, bytes },
				{ datasetId: 'bench' },
				{ onProgress: timer.onProgress }
			)
		);
		await timer.engine.close();
		printStages(`${mb} MB`, timer.report(), rawSeconds);
		if (result.accepted !== rows || result.staged !== null)
			throw new Error(`bench: ${result.accepted} of ${rows} rows accepted, fast path not taken`);
		// The full path alone (what a file with one bad row costs, and the import before the fast path).
		const fullEngine = await openNodeEngine();
		const [, fullSeconds] = await timeIt(() =>
			importFile(fullEngine, { name: path, bytes }, { datasetId: 'bench', fast: false })
		);
		await fullEngine.close();
		await rm(path, { force: true });
		const name = `import ${mb} MB contracts CSV (${rows} rows)`;
		results.push(
			{
				name: `${name}: full import`,
				value: round(megabytes / seconds),
				unit: 'MB/s',
				command: COMMAND
			},
			{
				name: `${name}: full path only (no fast path)`,
				value: round(megabytes / fullSeconds),
				unit: 'MB/s',
				command: COMMAND
			},
			{
				name: `${name}: full import, CPU time`,
				value: round(megabytes / cpuSeconds),
				unit: 'MB/s',
				command: COMMAND
			},
			{
				name: `${name}: DuckDB read_csv alone`,
				value: round(megabytes / rawSeconds),
				unit: 'MB/s',
				command: COMMAND
			},
			{
				name: `${name}: DuckDB read_csv alone, CPU time`,
				value: round(megabytes / rawCpuSeconds),
				unit: 'MB/s',
				command: COMMAND
			},
			{
				name: `${name}: full import ÷ read_csv alone, CPU time`,
				value: round((rawCpuSeconds / cpuSeconds) * 100),
				unit: '%',
				command: COMMAND
			}
		);
	}
	return results;
}

/** Per-stage milliseconds and the slowest statements, against the bare reader's time. */
function printStages(
	label: string,
	{ steps, statements }: ReturnType<ReturnType<typeof stageTimer>['report']>,
	rawSeconds: number
): void {
	const ms = (x: number) => `${Math.round(x)} ms`;
	const parts = Object.entries(steps).map(([step, t]) => `${step} ${ms(t)}`);
	console.log(`stages, ${label} (bare read_csv ${ms(rawSeconds * 1000)}): ${parts.join(', ')}`);
	for (const [sql, t] of statements) console.log(`  ${ms(t).padStart(8)}  ${sql}`);
}

function round(x: number): number {
	return Math.round(x * 10) / 10;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// `--size 100`: one file size only.
	const size = process.argv.indexOf('--size');
	const sizes = size > 0 ? [Number(process.argv[size + 1])] : undefined;
	for (const r of await benchImport(sizes)) console.log(`${r.name}: ${r.value} ${r.unit}`);
	// The page in Chromium (needs `npm run build` and /usr/bin/chromium; about a minute).
	if (process.argv.includes('--browser')) {
		const { benchImportBrowser } = await import('./bench/import-browser.ts');
		for (const r of await benchImportBrowser()) console.log(`${r.name}: ${r.value} ${r.unit}`);
	}
}
