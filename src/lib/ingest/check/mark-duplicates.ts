/**
 * Duplicated lines are reported, not imported twice: rows are grouped by a hash of their cells
 * (one GROUP BY over the typed table, usually empty), and only when a group exists are its rows
 * compared cell by cell with the group's first row (so a hash collision cannot drop a row) and
 * updated. Comparing every row with a join cost more than the rest of the checks together.
 */
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';

/**
 * Sets `dup_of` (first row's line) and clears `ok` on the duplicated rows of `typedTable`.
 * `beforeMark` runs when some rows share a hash, before they are compared (it fills their cells).
 */
export async function markDuplicates(
	engine: Engine,
	typedTable: string,
	columnCount: number,
	dupsTable: string,
	beforeMark?: () => Promise<void>
): Promise<void> {
	await engine.exec(duplicatesSql(typedTable, dupsTable));
	const [{ groups }] = (await engine.query<{ groups: number }>(
		`SELECT count(*) AS groups FROM ${quoteIdent(dupsTable)}`
	)) as [{ groups: number }];
	if (groups === 0) return;
	await beforeMark?.();
	await engine.exec(markDuplicatesSql(typedTable, columnCount, dupsTable));
}

/**
 * Groups of rows with the same hash of their cells (`row_hash`, `first_rec`, `first_line`): one
 * GROUP BY, usually empty, in which case the typed table needs no change.
 */
function duplicatesSql(typedTable: string, dupsTable: string): string {
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(dupsTable)} AS
	SELECT row_hash, min(rec) AS first_rec, min(line) AS first_line
	FROM ${quoteIdent(typedTable)} GROUP BY row_hash HAVING count(*) > 1`;
}

/**
 * Marks as duplicates (not ok) the rows of those groups equal cell by cell to their group's
 * first row, so a hash collision cannot drop a row.
 */
function markDuplicatesSql(typedTable: string, columnCount: number, dupsTable: string): string {
	const typed = quoteIdent(typedTable);
	const same = Array.from(
		{ length: columnCount },
		(_, i) => `c.t${i} IS NOT DISTINCT FROM o.t${i}`
	).join(' AND ');
	return `UPDATE ${typed} SET dup_of = d.first_line, ok = false FROM (
	SELECT c.rec, CAST(f.first_line AS INTEGER) AS first_line
	FROM ${quoteIdent(dupsTable)} f JOIN ${typed} c ON c.row_hash = f.row_hash
		JOIN ${typed} o ON o.rec = f.first_rec
	WHERE c.rec <> f.first_rec AND ${same}
) d WHERE ${typed}.rec = d.rec`;
}
