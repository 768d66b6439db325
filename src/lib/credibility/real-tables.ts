/**
 * The real datasets the credibility view reads beside the budget lines: the World Bank's BOOST
 * extract (`boost`) and the cited governance tables (`governance_scores`, `national_budgets`,
 * `governance_events`). The same code loads them through the `Engine` at build time (Node, files
 * read from `data/`) and in the browser (the same files fetched from the site): only the reader
 * of a file's bytes differs (`server/data-files.ts`, `browser-data-files.ts`). A table already
 * there (another view of the page loaded it) is not loaded twice.
 */
import type { Engine } from '../db/engine.ts';
import { GOVERNANCE_TABLES, loadGovernance } from '../governance/load-governance.ts';
import { loadBoost } from './load-boost.ts';

export const BOOST_FILE = 'boost-budget-execution.csv';

/** The files of `data/` the view needs, by name. */
export const REAL_FILES = [
	BOOST_FILE,
	...Object.values(GOVERNANCE_TABLES).map((spec) => spec.file)
] as const;
export type RealFile = (typeof REAL_FILES)[number];

/** Reads one of `data/`'s files: from disk in Node, over HTTP from the site in the browser. */
export type DataFileReader = (file: RealFile) => Promise<Uint8Array>;

async function hasTables(engine: Engine, names: readonly string[]): Promise<boolean> {
	const [row] = await engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM duckdb_tables()
		WHERE schema_name = 'main' AND list_contains(string_split(?, ','), table_name)`,
		[names.join(',')]
	);
	return row?.n === names.length;
}

async function register(engine: Engine, read: DataFileReader, file: RealFile): Promise<string> {
	return engine.registerFile(`credibility-${file}`, await read(file));
}

/** Loads `boost` and the governance tables into `engine` unless they are there already. */
export async function ensureRealTables(engine: Engine, read: DataFileReader): Promise<void> {
	if (!(await hasTables(engine, ['boost']))) {
		await loadBoost(engine, await register(engine, read, BOOST_FILE));
		await engine.dropFile(`credibility-${BOOST_FILE}`);
	}
	const governance = Object.keys(GOVERNANCE_TABLES) as (keyof typeof GOVERNANCE_TABLES)[];
	if (await hasTables(engine, governance)) return;
	const paths = {} as Record<keyof typeof GOVERNANCE_TABLES, string>;
	for (const table of governance)
		paths[table] = await register(engine, read, GOVERNANCE_TABLES[table].file);
	await loadGovernance(engine, paths);
	for (const table of governance)
		await engine.dropFile(`credibility-${GOVERNANCE_TABLES[table].file}`);
}
