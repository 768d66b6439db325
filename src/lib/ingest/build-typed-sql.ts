/**
 * Builds the statements that turn the raw text table into typed, checked rows:
 * 1. `base` (a view): file line of each record (ASOF join on the scan's segments) and trimmed cells,
 *    blank rows dropped;
 * 2. `lookup`: codes, countries, currencies and flags matched once per distinct combination of
 *    cells (normalising text on every row was the import's main cost), joined back once;
 * 3. `typed`: computed canonical columns as `f_<column>`, every problem as `e_<field>` (an error
 *    code), `row_hash`, `dup_of` (line of the first identical row) and `ok`;
 * 4. duplicates (`mark-duplicates.ts`): one GROUP BY, then an UPDATE of those rows only.
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
	lookupTable: string;
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
	const cell = (i: number) => `${trimmedCell(`c${i}`)} AS t${i}`;
	return `CREATE OR REPLACE TEMP VIEW ${quoteIdent(input.baseTable)} AS
	SELECT r.rec, CAST(r.rec + s.offset_lines AS INTEGER) AS line, ${cols.map(cell).join(', ')}
	FROM (SELECT rowid AS rec, * FROM ${quoteIdent(input.rawTable)}) r ${join}
	-- rows of empty cells (Excel writes blank lines as ";;;;") are ignored silently
	WHERE coalesce(${cols.map((i) => `c${i}`).join(', ')}) IS NOT NULL`;
}

/** A raw cell as the checks see it: NULL when blank, trimmed only when it needs it. */
function trimmedCell(c: string): string {
	return `CASE WHEN ${c} = '' THEN NULL WHEN starts_with(${c}, ' ') OR ends_with(${c}, ' ') THEN nullif(trim(${c}), '') ELSE ${c} END`;
}

export interface TypedSql {
	/** The look-up table of distinct code/country/currency/flag cells, or null when none. */
	lookup: string | null;
	sql: string;
	checks: ErrorCheck[];
	/** Canonical column → its expression over the typed table (see `insertSql`). */
	insert: Record<string, string>;
}

/**
 * The typed table (`f_*`, `e_*`, `row_hash`, `dup_of` NULL until `markDuplicatesSql`, `ok`): one pass over
 * the base view and one join with the look-up table; each parse is computed once, in layers.
 */
export function buildTypedSql(input: TypedSqlInput): TypedSql {
	const cols = Array.from({ length: input.columnCount }, (_, i) => i);
	const f = fieldColumns(input);
	const derived = derivedSql(input);
	const errors = [...f.errors, ...derived.errors];
	const checks = [...f.checks, ...derived.checks];
	const errorColumns = checks.map((c) => c.error).join(', ');
	const cells = cols.map((i) => `t${i}`).join(', ');
	const lk = quoteIdent(input.lookupTable);
	const join = f.keys.length
		? `LEFT JOIN ${lk} lk ON ${f.keys.map((k) => `lk.${k.key} IS NOT DISTINCT FROM b.t${k.column}`).join(' AND ')}`
		: '';
	const layers = [f.parses, f.numbers, f.values, derived.pre, derived.finals, errors];
	let from = `(SELECT b.*${f.lookedUp.map((c) => `, lk.${c}`).join('')} FROM ${quoteIdent(input.baseTable)} b ${join})`;
	for (const layer of layers)
		if (layer.length) from = `(SELECT *, ${layer.join(',\n\t\t')} FROM ${from})`;
	const sql = `CREATE OR REPLACE TEMP TABLE ${quoteIdent(input.typedTable)} AS
SELECT rec, line, ${cells}, ${derived.columns.map((c) => `f_${c}`).join(', ')},
	${errorColumns}, hash(${cells}) AS row_hash, CAST(NULL AS INTEGER) AS dup_of,
	coalesce(${errorColumns}) IS NULL AS ok
FROM ${from}`;
	// Distinct raw cells first (no trimming, no blank-row filter: a combination too many is
	// harmless), then distinct trimmed cells, so each key matches exactly one row.
	const rawKeys = [...new Set(f.keys.map((k) => `c${k.column}`))];
	const lookup = f.keys.length
		? `CREATE OR REPLACE TEMP TABLE ${lk} AS
SELECT *, ${f.lookups.join(', ')}
FROM (SELECT DISTINCT ${f.keys.map((k) => `${trimmedCell(`c${k.column}`)} AS ${k.key}`).join(', ')}
	FROM (SELECT DISTINCT ${rawKeys.join(', ')} FROM ${quoteIdent(input.rawTable)}))`
		: null;
	return { lookup, sql, checks, insert: derived.insert };
}
