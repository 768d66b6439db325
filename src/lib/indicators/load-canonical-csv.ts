/**
 * Stand-in loader until the importer (`src/lib/ingest`) lands: reads a CSV whose columns
 * already carry the canonical names of `src/lib/db/tables.ts` (or SIPRI's tidy `milex`
 * shape) into its table. The kind is told by the header. Swap this one function for the
 * importer; nothing else in the indicator library depends on it.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent, sqlString } from '../db/sql.ts';
import { BUDGET_LINES_DDL, CONTRACTS_DDL, OVERSIGHT_EVENTS_DDL } from '../db/tables.ts';
import type { IndicatorTable } from './define-indicator.ts';

/** SIPRI default data, tidy: one row per country, year and series (see issue 2). */
export const MILEX_DDL = `
CREATE TABLE IF NOT EXISTS milex (
	country VARCHAR NOT NULL,  -- ISO alpha-3, or a region code
	year INTEGER NOT NULL,
	series VARCHAR NOT NULL,   -- usd_constant_2023 | usd_current | lcu_current | share_gdp | share_gov | per_capita_usd
	value DOUBLE,              -- shares are fractions (0.024 = 2.4 %); NULL = missing, never 0
	status VARCHAR
)`;

const TABLES: Record<IndicatorTable, { ddl: string; marker: string[] }> = {
	budget_lines: { ddl: BUDGET_LINES_DDL, marker: ['institution', 'sector', 'approved'] },
	contracts: { ddl: CONTRACTS_DDL, marker: ['buyer', 'amount'] },
	oversight_events: { ddl: OVERSIGHT_EVENTS_DDL, marker: ['year_covered', 'body', 'document'] },
	milex: { ddl: MILEX_DDL, marker: ['series', 'value'] }
};

/** Column names of a CSV's first line (comma, semicolon or tab separated). */
export function readHeader(text: string): string[] {
	const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	return first.split(/[,;\t]/).map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Which canonical table a header belongs to, or null. */
export function detectTableKind(header: readonly string[]): IndicatorTable | null {
	const kinds = Object.entries(TABLES) as [IndicatorTable, { marker: string[] }][];
	return kinds.find(([, t]) => t.marker.every((m) => header.includes(m)))?.[0] ?? null;
}

/**
 * Loads one canonical CSV into its table (created if absent). Columns the file lacks are
 * NULL, except `dataset_id` (the file name) and `source_row` (line number, header = 1).
 * Returns the table and the number of rows read; throws on an unknown header.
 */
export async function loadCanonicalCsv(
	engine: Engine,
	name: string,
	bytes: Uint8Array
): Promise<{ table: IndicatorTable; rows: number }> {
	const header = readHeader(new TextDecoder().decode(bytes.subarray(0, 4096)));
	const table = detectTableKind(header);
	if (!table) throw new Error(`${name}: columns not recognised (${header.join(', ')})`);
	await engine.exec(TABLES[table].ddl);
	const path = await engine.registerFile(name, bytes);
	const extra: string[] = [];
	if (table !== 'milex' && !header.includes('dataset_id')) extra.push('? AS dataset_id');
	if (table !== 'milex' && !header.includes('source_row'))
		extra.push('CAST(row_number() OVER () + 1 AS INTEGER) AS source_row');
	const select = ['*', ...extra].join(', ');
	const before = await countRows(engine, table);
	try {
		await engine.query(
			`INSERT INTO ${quoteIdent(table)} BY NAME SELECT ${select}
			FROM read_csv(${sqlString(path)}, header = true, all_varchar = true)`,
			extra[0]?.startsWith('?') ? [name] : []
		);
	} finally {
		await engine.dropFile(name);
	}
	return { table, rows: (await countRows(engine, table)) - before };
}

async function countRows(engine: Engine, table: IndicatorTable): Promise<number> {
	const [row] = await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
	return row?.n ?? 0;
}
