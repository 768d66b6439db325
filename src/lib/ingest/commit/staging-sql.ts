/**
 * The SQL around the typed table: reading the cleaned bytes as text columns, the file-line
 * segments, the errors table and the final insert into the canonical table.
 */
import { quoteIdent, sqlString } from '../../db/sql.ts';
import { ALL_TABLES_DDL } from '../../db/tables.ts';
import type { ErrorCheck } from '../check/build-typed-sql.ts';
import { FIELD_SPECS, KIND_TABLES, type DataKind } from '../fields/field-specs.ts';

/**
 * Every column as VARCHAR named c0…cN: headers are never used as SQL names. Dialect detection is
 * off (the sniff decided it) and the header was removed by `scanRecords`.
 */
export function readRawSql(
	path: string,
	columnCount: number,
	delimiter: string,
	rawTable: string
): string {
	const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(rawTable)} AS SELECT * FROM read_csv(${sqlString(path)},
	columns = {${columns}}, header = false, auto_detect = false, delim = ${sqlString(delimiter)},
	quote = '"', escape = '"', strict_mode = false)`;
}

/** The scan's record → line segments as a small table for the ASOF join. */
export function segmentsSql(
	segmentTable: string,
	segments: Array<{ firstRecord: number; offset: number }>
): string {
	const rows = segments.map((s) => `(${Math.trunc(s.firstRecord)}, ${Math.trunc(s.offset)})`);
	if (rows.length === 0) rows.push('(0, 2)');
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(segmentTable)} AS
	SELECT * FROM (VALUES ${rows.join(', ')}) t(first_record, offset_lines)`;
}

/**
 * One row per problem: row, source column index, value as written, code, first row of a
 * duplicate, and `source`, the typed-table check that found it (`e_amount`).
 */
export function errorsSql(typedTable: string, checks: ErrorCheck[], errorsTable: string): string {
	// One pass over the typed table: every check then reads only the rejected rows.
	const typed = 'bad';
	const parts = checks.map(
		(
			c
		) => `SELECT line AS row, ${c.column ?? 'NULL'} AS col, ${c.column === null ? 'NULL' : `t${c.column}`} AS value, ${c.error} AS code, NULL AS ref, ${sqlString(c.error)} AS source
	FROM ${typed} WHERE dup_of IS NULL AND ${c.error} IS NOT NULL`
	);
	parts.push(
		`SELECT line, NULL, NULL, 'duplicate_row', dup_of, NULL FROM ${typed} WHERE dup_of IS NOT NULL`
	);
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(errorsTable)} AS
	WITH bad AS MATERIALIZED (SELECT * FROM ${quoteIdent(typedTable)} WHERE NOT ok)
	SELECT CAST(row AS INTEGER) AS row, CAST(col AS INTEGER) AS col, CAST(value AS VARCHAR) AS value,
		CAST(code AS VARCHAR) AS code, CAST(ref AS INTEGER) AS ref, CAST(source AS VARCHAR) AS source
	FROM (${parts.join('\nUNION ALL ')})`;
}

/** Canonical columns of `kind`'s table, in DDL order, besides dataset_id and source_row. */
export function canonicalColumns(kind: DataKind): string[] {
	return FIELD_SPECS[kind].map((f) => f.name);
}

/**
 * Accepted rows → canonical table; `?` = dataset id. Run inside a transaction. `insert` gives
 * each canonical column's (generated) expression over the typed table, as `buildTypedSql` made it.
 * `inOrder`: the typed table is already in file order, so the rows need no sort (a sort of the
 * whole table was the insert's largest cost in time and memory).
 */
export function insertSql(
	kind: DataKind,
	typedTable: string,
	insert: Record<string, string>,
	inOrder = false
): string {
	return insertRowsSql(
		kind,
		`${quoteIdent(typedTable)} WHERE ok${inOrder ? '' : ' ORDER BY rec'}`,
		insert
	);
}

/** Rows of `from` (a relation with `line` and the typed columns) → canonical table; `?` = dataset id. */
export function insertRowsSql(
	kind: DataKind,
	from: string,
	insert: Record<string, string>
): string {
	const columns = canonicalColumns(kind);
	return `INSERT INTO ${quoteIdent(KIND_TABLES[kind])} (dataset_id, source_row, ${columns.map(quoteIdent).join(', ')})
	SELECT ?, line, ${columns.map((c) => insert[c] ?? `f_${c}`).join(', ')} FROM ${from}`;
}

/** Creates the canonical tables if this engine has none yet. */
export const CANONICAL_DDL = ALL_TABLES_DDL.join(';\n');
