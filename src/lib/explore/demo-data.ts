/**
 * The fictitious demonstration datasets (`data/demo/`, written by `scripts/build-demo.ts`) and
 * the rule that decides when they are in the canonical tables: a kind of data shows the demo
 * while the user has imported nothing of that kind, and only then. Every page that reads the
 * canonical tables calls `syncDemo` first, so a user's budget replaces the demo budget everywhere
 * as soon as it is imported, and removing it brings the demo back.
 */
import type { Engine } from '../db/engine.ts';
import { sqlString } from '../db/sql.ts';
import { ALL_TABLES_DDL } from '../db/tables.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';

/** `dataset_id` of the demo rows: never a user import id (those are random UUIDs). */
export const DEMO_DATASET_IDS: Record<DataKind, string> = {
	budget: 'demo-budget',
	contracts: 'demo-contracts',
	oversight: 'demo-oversight'
};
export const isDemoDataset = (id: string) => Object.values(DEMO_DATASET_IDS).includes(id);

/** The demo files hold the canonical columns (tables.ts) minus `dataset_id`, under their own names. */
const TABLES: Record<DataKind, { table: string; file: string }> = {
	budget: { table: 'budget_lines', file: 'budget-lines.csv' },
	contracts: { table: 'contracts', file: 'contracts.csv' },
	oversight: { table: 'oversight_events', file: 'oversight-events.csv' }
};
export const demoFileName = (kind: DataKind) => TABLES[kind].file;
/** How the demo file is named where it is an input (fingerprints, provenance). */
export const demoSourceName = (kind: DataKind) => `data/demo/${TABLES[kind].file}`;

/** Reads a demo file's bytes: from disk in Node, over HTTP from the site in the browser. */
export type DemoReader = (kind: DataKind) => Promise<Uint8Array>;

/**
 * Puts the demo rows of every kind the user has no dataset of into the canonical tables, and
 * takes them out of the others. Returns the kinds now showing demo rows.
 */
export async function syncDemo(
	engine: Engine,
	userKinds: Iterable<DataKind>,
	read: DemoReader
): Promise<DataKind[]> {
	for (const ddl of ALL_TABLES_DDL) await engine.exec(ddl);
	const have = new Set(userKinds);
	const showing: DataKind[] = [];
	for (const kind of Object.keys(TABLES) as DataKind[]) {
		const { table } = TABLES[kind];
		const id = sqlString(DEMO_DATASET_IDS[kind]);
		const [row] = await engine.query<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM ${table} WHERE dataset_id = ${id}`
		);
		const n = row?.n ?? 0;
		if (have.has(kind)) {
			if (n > 0) await engine.exec(`DELETE FROM ${table} WHERE dataset_id = ${id}`);
			continue;
		}
		showing.push(kind);
		if (n === 0) await loadDemo(engine, kind, await read(kind));
	}
	return showing;
}

async function loadDemo(engine: Engine, kind: DataKind, bytes: Uint8Array): Promise<void> {
	const { table, file } = TABLES[kind];
	const name = `demo-${file}`;
	const path = await engine.registerFile(name, bytes);
	try {
		// By name, as text: the canonical table's own types (tables.ts) convert each value, so the
		// types are written once; a sniffed type could misread an all-empty column.
		await engine.exec(
			`INSERT INTO ${table} BY NAME
			SELECT ${sqlString(DEMO_DATASET_IDS[kind])} AS dataset_id, *
			FROM read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', all_varchar = true)`
		);
	} finally {
		await engine.dropFile(name);
	}
}
