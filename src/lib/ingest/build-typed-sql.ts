/**
 * Builds the two statements that turn the raw text table into typed, checked rows:
 * 1. `base` (a view): file line of each record (ASOF join on the scan's segments) and trimmed cells,
 *    blank rows dropped;
 * 2. `typed`: every canonical column as `f_<column>`, every problem as `e_<field>` (an error
 *    code), `dup_of` (line of the first identical row) and `ok`.
 * Codes, countries and currencies are matched once per distinct cell value in small look-up
 * tables and joined back: normalising text on every row was the import's main cost.
 */
import { quoteIdent } from '../db/sql.ts';
import { derivedSql } from './derived-sql.ts';
import { fieldColumns } from './field-columns.ts';
import type { CellFormat } from './field-sql.ts';
import type { Mapping } from './map-headers.ts';

export interface TypedSqlInput {
	mapping: Mapping;
	columnCount: number;
	format: CellFormat;
	/** File-level country (ISO3) for rows whose country cell is blank or absent. */
	country?: string;
	/** File-level currency when neither cells nor headers name one. */
	currency?: string;
	rawTable: string;
	segmentTable: string;
	baseTable: string;
	typedTable: string;
}

/** An error column of the typed table and the source column it reports on. */
export interface ErrorCheck {
	error: string;
	column: number | null;
}

/** The `base` view: trimmed cells `t0…tN` and the file line of each non-blank record. */
export function buildBaseSql(input: TypedSqlInput, segments: number): string {
	const cols = Array.from({ length: input.columnCount }, (_, i) => i);
	// One segment (no blank line, no multi-line cell, nothing cut out) needs no join.
	const join =
		segments === 1
			? `CROSS JOIN ${quoteIdent(input.segmentTable)} s`
			: `ASOF JOIN ${quoteIdent(input.segmentTable)} s ON r.rec >= s.first_record`;
	// A view, not a table: the typed table is the only copy of the cells. Trimming only the cells
	// that need it, and filtering on the raw cells, halved the import time (wasm string calls).
	const cell = (i: number) =>
		`CASE WHEN c${i} = '' THEN NULL WHEN starts_with(c${i}, ' ') OR ends_with(c${i}, ' ') THEN nullif(trim(c${i}), '') ELSE c${i} END AS t${i}`;
	return `CREATE OR REPLACE TEMP VIEW ${quoteIdent(input.baseTable)} AS
	SELECT r.rec, CAST(r.rec + s.offset_lines AS INTEGER) AS line, ${cols.map(cell).join(', ')}
	FROM (SELECT rowid AS rec, * FROM ${quoteIdent(input.rawTable)}) r ${join}
	-- rows of empty cells (Excel writes blank lines as ";;;;") are ignored silently
	WHERE coalesce(${cols.map((i) => `c${i}`).join(', ')}) IS NOT NULL`;
}

/** The typed table (`f_*`, `e_*`, `dup_of`, `ok`) and the error checks it holds. */
export function buildTypedSql(input: TypedSqlInput): { sql: string; checks: ErrorCheck[] } {
	const { mapping } = input;
	const cols = Array.from({ length: input.columnCount }, (_, i) => i);
	const { lookups, joins, values, errors, checks } = fieldColumns(input);
	const derived = derivedSql(input);
	errors.push(...derived.errors);
	checks.push(...derived.checks);
	const errorColumns = checks.map((c) => c.error).join(', ');
	const cells = cols.map((i) => `t${i}`).join(', ');
	const sql = `CREATE OR REPLACE TEMP TABLE ${quoteIdent(input.typedTable)} AS
WITH b AS (SELECT * FROM ${quoteIdent(input.baseTable)}),
${lookups.map((l) => `${l},`).join('\n')}
vals AS (SELECT b.*, ${values.join(',\n\t\t')} FROM b ${joins.join(' ')}),
pre AS (SELECT *, ${derived.pre.join(', ')} FROM vals),
finals AS (SELECT *, ${derived.finals.join(',\n\t\t')} FROM pre),
hashed AS (SELECT *, hash(${cells}) AS row_hash FROM finals),
-- duplicates: grouped by a hash of the cells (a window over every column was the slowest step),
-- then compared cell by cell with the first row, so a hash collision cannot drop a row
firsts AS (
	SELECT row_hash, min(rec) AS first_rec, min(line) AS first_line
	FROM hashed GROUP BY row_hash HAVING count(*) > 1
),
checked AS (SELECT *, ${errors.join(',\n\t\t')} FROM hashed),
dupped AS (
	SELECT c.*,
		CASE WHEN c.rec <> f.first_rec AND ${cols.map((i) => `c.t${i} IS NOT DISTINCT FROM o.o${i}`).join(' AND ')}
			THEN CAST(f.first_line AS INTEGER) END AS dup_of
	FROM checked c
	LEFT JOIN firsts f ON f.row_hash = c.row_hash
	LEFT JOIN (SELECT rec AS o_rec, ${cols.map((i) => `t${i} AS o${i}`).join(', ')} FROM b WHERE rec IN (SELECT first_rec FROM firsts)) o ON o.o_rec = f.first_rec
)
SELECT rec, line, ${cols.map((i) => `t${i}`).join(', ')},
	${derived.columns.map((c) => `f_${c}`).join(', ')},
	${errorColumns}, dup_of,
	dup_of IS NULL AND coalesce(${errorColumns}) IS NULL AS ok
FROM dupped`;
	return { sql, checks };
}
