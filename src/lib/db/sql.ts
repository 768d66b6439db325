/**
 * The only two ways a non-parameter value may enter SQL text. Values go through bound
 * parameters; these helpers exist for the places DuckDB cannot bind: identifiers (table and
 * column names) and table-function arguments such as a `read_csv` path.
 */

/** Quotes an identifier: `a"b` → `"a""b"`. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal: `l'armée` → `'l''armée'`. Rejects NUL, which DuckDB cannot hold. */
export function sqlString(value: string): string {
	if (value.includes('\0')) throw new Error('NUL character in SQL string literal');
	return `'${value.replaceAll("'", "''")}'`;
}
