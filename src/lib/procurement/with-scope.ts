/**
 * Runs an indicator's own SQL (src/lib/indicators/<id>/query.sql) on a chosen set of contracts
 * instead of the whole table, so the procurement view reuses each formula rather than restating
 * it. The set is given as a query; it becomes a CTE named `contracts`, which hides the table of
 * that name inside the statement (a CTE name wins over a table name in DuckDB).
 */

/** Leading `-- …` comment lines and blank lines of an indicator file. */
const LEADING_COMMENTS = /^(?:\s*--[^\n]*\n|\s*\n)*/;

/**
 * The indicator `sql` reading `scope` (a SELECT with the columns of `contracts`) in place of the
 * table. Bound parameters: those of `scope` first, then the indicator's own.
 */
export function withScope(sql: string, scope: string): string {
	const body = sql.replace(LEADING_COMMENTS, '');
	const cte = `contracts AS (${scope})`;
	return /^WITH\s/i.test(body)
		? `WITH ${cte},\n${body.replace(/^WITH\s+/i, '')}`
		: `WITH ${cte}\n${body}`;
}

/**
 * The contracts possible-splitting flags, one row each (dataset_id, source_row): its query up to
 * its `flagged` step, then that step's rows instead of the per-year counts. Throws if the query
 * no longer has that shape, so a change there fails the tests rather than silently misflags.
 */
export function splittingFlaggedSql(sql: string): string {
	const end = sql.search(/\)\s*\n\s*SELECT\s+s\.country/i);
	if (end < 0 || !/\bflagged\s+AS\s*\(/i.test(sql))
		throw new Error('possible-splitting: no `flagged` step to reuse');
	return `${sql.slice(0, end)})\nSELECT dataset_id, source_row FROM flagged`;
}
