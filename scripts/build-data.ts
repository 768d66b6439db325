/**
 * Builds Vigie's default dataset (data/*.csv, data/*.json) from the shared public sources.
 * Usage: npm run data [-- --source DIR] [-- --out DIR]
 * The source directory defaults to ../shared/data (relative to the repository root), or
 * $VIGIE_SOURCE_DATA when set; --source wins over both.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './data/build-dataset.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

function readFlag(argv: string[], name: string): string | undefined {
	const index = argv.indexOf(name);
	if (index < 0) return undefined;
	const value = argv[index + 1];
	if (!value || value.startsWith('--')) throw new Error(`${name} needs a directory`);
	return value;
}

try {
	const argv = process.argv.slice(2);
	const sourceDir = resolve(
		readFlag(argv, '--source') ??
			process.env['VIGIE_SOURCE_DATA'] ??
			resolve(root, '../shared/data')
	);
	const outDir = resolve(readFlag(argv, '--out') ?? resolve(root, 'data'));
	const summary = buildDataset({ sourceDir, outDir });
	console.log(`Read ${sourceDir}, wrote ${outDir}:`);
	for (const [file, rows] of Object.entries(summary)) console.log(`  ${file}  ${rows} rows`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
