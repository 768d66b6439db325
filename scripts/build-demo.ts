/**
 * Writes Vigie's demonstration datasets (`data/demo/*.csv`): FICTITIOUS defence and security
 * budget lines, contracts and oversight events for the five G5 Sahel countries, 2016–2024. No
 * public source publishes these at line level, so the exploration views would be empty on first
 * visit; the demo shows what they do and is labelled « données fictives de démonstration »
 * wherever it appears. It is replaced, kind by kind, as soon as the user imports real data.
 *
 * Deterministic (seeded): running it twice gives the same bytes, which a test checks.
 * Usage: `node --import tsx scripts/build-demo.ts [outDir]`
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoBudgetLines, demoContracts, demoOversightEvents, type Row } from './data/demo-rows.ts';
import { formatCsv, type CsvValue } from './data/format-csv.ts';

/** Purchases a defence-secret « marché spécial » typically covers (arms, armour, signals). */
const SECRET_ITEMS = new Set([
	'Munitions',
	'Véhicules tactiques blindés',
	'Équipements de transmission'
]);

/**
 * Real « marchés spéciaux » state no procurement method and publish no tender data: a demo
 * contract awarded under the derogatory regime for one of the SECRET_ITEMS loses its method,
 * bid count and bidding period, so the views and indicators meet derogations they must not drop
 * from a denominator. Applied after generation: no random draw changes, only those cells.
 */
export function asSpecialContract(row: Row): Row {
	if (row.derogation !== true || !SECRET_ITEMS.has(String(row.title))) return row;
	return { ...row, method: null, tenderers: null, tender_period_days: null };
}

/** The CSV spelling of a demo value: booleans as `true`/`false`, as DuckDB reads them. */
const csvValue = (v: Row[string] | undefined): CsvValue => (typeof v === 'boolean' ? String(v) : v);

export async function buildDemo(outDir = 'data/demo'): Promise<string[]> {
	await mkdir(outDir, { recursive: true });
	const files: [string, Row[]][] = [
		['budget-lines.csv', demoBudgetLines()],
		['contracts.csv', demoContracts().map(asSpecialContract)],
		['oversight-events.csv', demoOversightEvents()]
	];
	const written: string[] = [];
	for (const [name, rows] of files) {
		const path = join(outDir, name);
		const header = Object.keys(rows[0] ?? {});
		await writeFile(
			path,
			formatCsv(
				header,
				rows.map((row) => header.map((c) => csvValue(row[c])))
			)
		);
		written.push(path);
	}
	return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const path of await buildDemo(process.argv[2])) console.log(`wrote ${path}`);
}
