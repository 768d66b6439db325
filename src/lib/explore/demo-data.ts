/**
 * The site's default datasets and the rule that decides when they are in the canonical tables: a
 * kind of data shows the default while the user has imported nothing of that kind, and only
 * then. The default of a kind is the publisher's datasets on a published Vigie (`vigie publish`,
 * `src/lib/publish/`), else the fictitious demonstration file (`data/demo/`, written by
 * `scripts/build-demo.ts`). Every page that reads the canonical tables calls `syncDefaults` (or
 * `syncDemo`) first, so a user's budget replaces the default budget everywhere as soon as it is
 * imported, and removing it brings the default back.
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
 * A published site's own datasets (canonical CSVs, as `vigie publish` writes them): their
 * `dataset_id`, kind and file, and how to read a file (disk at build time, HTTP in the browser).
 */
export interface PublishedDefaults {
	datasets: ReadonlyArray<{ id: string; kind: DataKind; path: string }>;
	read: (path: string) => Promise<Uint8Array>;
}

/** Kinds shown from the defaults: the demonstration's, and the publisher's. */
export type DefaultKinds = { demoKinds: DataKind[]; publishedKinds: DataKind[] };

/**
 * Puts the default rows of every kind the user has no dataset of into the canonical tables (the
 * publisher's datasets of that kind if any, else the demo), and takes every default row out of
 * the kinds the user has. Returns the kinds now showing demo rows and published rows.
 */
export async function syncDefaults(
	engine: Engine,
	userKinds: Iterable<DataKind>,
	demo: DemoReader,
	published?: PublishedDefaults
): Promise<DefaultKinds> {
	for (const ddl of ALL_TABLES_DDL) await engine.exec(ddl);
	const have = new Set(userKinds);
	const shown: DefaultKinds = { demoKinds: [], publishedKinds: [] };
	for (const kind of Object.keys(TABLES) as DataKind[]) {
		const { table } = TABLES[kind];
		const own = published?.datasets.filter((d) => d.kind === kind) ?? [];
		const demoRows = await countRows(engine, table, DEMO_DATASET_IDS[kind]);
		const isDemoShown = !have.has(kind) && own.length === 0;
		if (!isDemoShown && demoRows > 0) await deleteRows(engine, table, DEMO_DATASET_IDS[kind]);
		for (const dataset of own) {
			const rows = await countRows(engine, table, dataset.id);
			if (have.has(kind) && rows > 0) await deleteRows(engine, table, dataset.id);
			if (!have.has(kind) && rows === 0)
				await loadCanonicalCsv(engine, table, dataset.id, await published!.read(dataset.path));
		}
		if (isDemoShown) {
			shown.demoKinds.push(kind);
			if (demoRows === 0)
				await loadCanonicalCsv(engine, table, DEMO_DATASET_IDS[kind], await demo(kind));
		} else if (!have.has(kind)) shown.publishedKinds.push(kind);
	}
	return shown;
}

/** `syncDefaults` with no publication: the kinds now showing demo rows. */
export async function syncDemo(
	engine: Engine,
	userKinds: Iterable<DataKind>,
	read: DemoReader
): Promise<DataKind[]> {
	return (await syncDefaults(engine, userKinds, read)).demoKinds;
}

async function countRows(engine: Engine, table: string, id: string): Promise<number> {
	const [row] = await engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM ${table} WHERE dataset_id = ?`,
		[id]
	);
	return row?.n ?? 0;
}

const deleteRows = (engine: Engine, table: string, id: string) =>
	engine.exec(`DELETE FROM ${table} WHERE dataset_id = ${sqlString(id)}`);

/** A file holding `table`'s canonical columns but `dataset_id` (a demo or published CSV). */
async function loadCanonicalCsv(
	engine: Engine,
	table: string,
	datasetId: string,
	bytes: Uint8Array
): Promise<void> {
	const name = `default-${datasetId.replace(/[^a-z0-9-]/g, '-')}.csv`;
	const path = await engine.registerFile(name, bytes);
	try {
		// By name, as text: the canonical table's own types (tables.ts) convert each value, so the
		// types are written once; a sniffed type could misread an all-empty column.
		await engine.exec(
			`INSERT INTO ${table} BY NAME
			SELECT ${sqlString(datasetId)} AS dataset_id, *
			FROM read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', all_varchar = true)`
		);
	} finally {
		await engine.dropFile(name);
	}
}
