/**
 * Builds the statements that turn the raw text table into typed, checked rows:
 * 1. `base` (a view over the CSV reader): file line of each record and trimmed cells, blank rows
 *    dropped;
 * 2. `lookup`: codes, countries, currencies and flags matched once per distinct combination of
 *    cells (normalising text on every row was the import's main cost), joined back once;
 * 3. `typed`: computed canonical columns as `f_<column>`, every problem as `e_<field>` (an error
 *    code), `row_hash`, `dup_of` (line of the first identical row), `ok`, and the cells `t0…tN`
 *    of the rejected rows only;
 * 4. duplicates (`mark-duplicates.ts`): one GROUP BY, then an UPDATE of those rows only.
 */
import { quoteIdent } from '../../db/sql.ts';
import { derivedSql } from './derived-sql.ts';
import { lineExpression } from '../scan/read-source.ts';
import { fieldColumns } from './field-columns.ts';
import type { CellFormat } from './field-sql.ts';
import type { Mapping } from '../sniff/map-headers.ts';
import type { ScannedRecords } from '../scan/scan-records.ts';

export interface TypedSqlInput {
	mapping: Mapping;
	columnCount: number;
	format: CellFormat;
	/** File-level country (ISO3) for rows whose country cell is blank or absent. */
	country?: string;
	/** File-level currency when neither cells nor headers name one. */
	currency?: string;
	/** Distinct raw look-up cells (`keysSql`). */
	keysTable: string;
	/** The scan's record → file line segments. */
	segments: Array<{ firstRecord: number; offset: number }>;
	/** What the scan proved the cells do not hold (absent: assume they may hold anything). */
	cells?: ScannedRecords['cells'];
	segmentTable: string;
	baseTable: string;
	lookupTable: string;
	typedTable: string;
	dupsTable: string;
}

/** An error column of the typed table and the source column it reports on. */
export interface ErrorCheck {
	error: string;
	column: number | null;
}

/**
 * The `base` view over one part's table of cells (`source`): trimmed cells `t0…tN`, record index
 * `rec` and file line of each non-blank record.
 */
export function buildBaseSql(input: TypedSqlInput, source: string, firstRecord: number): string {
	const cols = Array.from({ length: input.columnCount }, (_, i) => i);
	// Few segments (no blank line, no multi-line cell, nothing cut out: one) need no join.
	const line = lineExpression('r.rec', input.segments);
	const join = line
		? ''
		: `ASOF JOIN ${quoteIdent(input.segmentTable)} s ON r.rec >= s.first_record`;
	// Trimming only the cells that need it, and filtering on the raw cells, halved the import
	// time (wasm string calls).
	// No cell starts or ends with a space (the scan checked every byte): nothing to trim.
	const trim = input.cells?.edgeSpace ?? true;
	const cell = (i: number) => `${trim ? trimmedCell(`c${i}`) : `nullif(c${i}, '')`} AS t${i}`;
	return `CREATE OR REPLACE TEMP VIEW ${quoteIdent(input.baseTable)} AS
	SELECT r.rec, ${line ?? 'CAST(r.rec + s.offset_lines AS INTEGER)'} AS line, ${cols.map(cell).join(', ')}
	FROM (SELECT rowid + ${Math.trunc(firstRecord)} AS rec, * FROM ${source}) r ${join}
	-- rows of empty cells (Excel writes blank lines as ";;;;") are ignored silently
	WHERE coalesce(${cols.map((i) => `c${i}`).join(', ')}) IS NOT NULL`;
}

/** A raw cell as the checks see it: NULL when blank, trimmed only when it needs it. */
function trimmedCell(c: string): string {
	return `CASE WHEN ${c} = '' THEN NULL WHEN starts_with(${c}, ' ') OR ends_with(${c}, ' ') THEN nullif(trim(${c}), '') ELSE ${c} END`;
}

export interface TypedSql {
	/** The `base` view over one part's table of cells (`buildBaseSql`). */
	base: (source: string, firstRecord: number) => string;
	/**
	 * The look-up table of distinct code/country/currency/flag cells of the parts read so far:
	 * `create` (first part), `unseen` (how many combinations of this part it lacks), `add`.
	 * Null when the kind has no such cell.
	 */
	lookup: { create: string; unseen: string; add: string } | null;
	/** The typed rows of the `base` view: `CREATE … AS` or `INSERT INTO …` it, part by part. */
	select: string;
	/**
	 * The rows of the `base` view that pass every check and whose look-up cells are in the table,
	 * with every layer's columns (`f_*`, `line`): what the fast path inserts (`fast-import.ts`).
	 */
	accepted: string;
	/** Fills in the cells of possible duplicates from the `base` view (`keepCellsSql`). */
	keepCells: string;
	/** The raw cells the look-up table is built from (`keysSql`). */
	rawKeys: string[];
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
	// `lk_found`: the row's combination of look-up cells is in the table (the fast path reads the
	// file once, with a table built from samples, and must not take a missing one for "unknown").
	const found = f.keys.length ? ', lk.lk_found' : '';
	let from = `(SELECT b.*${f.lookedUp.map((c) => `, lk.${c}`).join('')}${found} FROM ${quoteIdent(input.baseTable)} b ${join})`;
	for (const layer of layers)
		if (layer.length) from = `(SELECT *, ${layer.join(',\n\t\t')} FROM ${from})`;
	// Raw cells are kept only where something reads them: rejected rows (problems, export) and
	// rows that may be duplicates (`keepCellsSql` fills those in). Accepted rows are in `f_*`.
	const kept = cols.map((i) => `CASE WHEN ok THEN NULL ELSE t${i} END AS t${i}`).join(', ');
	const accepted = `SELECT * FROM ${from} WHERE coalesce(${errorColumns}) IS NULL${f.keys.length ? ' AND lk_found' : ''}`;
	const select = `SELECT rec, line, ${kept}, ${derived.columns.map((c) => `f_${c}`).join(', ')},
	${errorColumns}, row_hash, CAST(NULL AS INTEGER) AS dup_of, ok
FROM (SELECT *, hash(${cells}) AS row_hash, coalesce(${errorColumns}) IS NULL AS ok FROM ${from})`;
	// Distinct raw cells first (no trimming, no blank-row filter: a combination too many is
	// harmless), then distinct trimmed cells, so each key matches exactly one row. Part by part:
	// the first part creates the table, the next ones add the combinations it does not have yet.
	const distinct = `SELECT DISTINCT ${f.keys.map((k) => `${trimmedCell(`c${k.column}`)} AS ${k.key}`).join(', ')}
	FROM ${quoteIdent(input.keysTable)}`;
	const isNew = f.keys.map((k) => `o.${k.key} IS NOT DISTINCT FROM n.${k.key}`).join(' AND ');
	const unseen = `FROM (${distinct}) n WHERE NOT EXISTS (SELECT 1 FROM ${lk} o WHERE ${isNew})`;
	const lookup = f.keys.length
		? {
				create: `CREATE OR REPLACE TEMP TABLE ${lk} AS SELECT *, ${f.lookups.join(', ')}, true AS lk_found FROM (${distinct})`,
				// Binding the code lists' long CASE costs more than the check whether it is needed.
				unseen: `SELECT count(*) AS n ${unseen}`,
				add: `INSERT INTO ${lk} SELECT *, ${f.lookups.join(', ')}, true ${unseen}`
			}
		: null;
	const rawKeys = [...new Set(f.keys.map((k) => `c${k.column}`))];
	const base = (source: string, first: number) => buildBaseSql(input, source, first);
	const keepCells = keepCellsSql(input);
	return { base, keepCells, lookup, rawKeys, select, accepted, checks, insert: derived.insert };
}

/**
 * Fills in the raw cells of the rows whose hash is shared (possible duplicates, usually none),
 * re-read from the base view, so duplicates are compared cell by cell and exported as written.
 */
export function keepCellsSql(input: TypedSqlInput): string {
	const typed = quoteIdent(input.typedTable);
	const cols = Array.from({ length: input.columnCount }, (_, i) => i);
	return `UPDATE ${typed} SET ${cols.map((i) => `t${i} = b.t${i}`).join(', ')}
FROM (SELECT * FROM ${quoteIdent(input.baseTable)} WHERE rec IN (
	SELECT rec FROM ${typed} WHERE row_hash IN (SELECT row_hash FROM ${quoteIdent(input.dupsTable)}))) b
WHERE ${typed}.rec = b.rec`;
}
