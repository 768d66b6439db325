/**
 * Test helper: the demo CSV files read with a plain split (they hold no quotes, which the
 * first test asserts), so tests compute expected values without DuckDB or the importer.
 */
import { readFileSync } from 'node:fs';

export type CsvRow = Record<string, string>;

export function readDemoCsv(file: string): CsvRow[] {
	const text = readFileSync(`data/demo/${file}`, 'utf8');
	if (text.includes('"')) throw new Error(`${file} has quotes: a plain split would misread it`);
	const [header, ...lines] = text.trim().split('\n');
	const names = header!.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

/** Σ of a numeric column over the rows that pass `keep`. */
export const sumOf = (rows: CsvRow[], column: string, keep: (r: CsvRow) => boolean = () => true) =>
	rows.filter(keep).reduce((s, r) => s + (r[column] === '' ? 0 : Number(r[column])), 0);
