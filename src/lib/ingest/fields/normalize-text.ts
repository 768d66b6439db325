/**
 * The one text normalisation used to compare headers and values with their synonyms:
 * lower case, accents removed, every run of other characters a single space.
 * `normalizeSql` is the same function in SQL, so TS look-up tables match cell values in DuckDB.
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** SQL expression equal to `normalizeText(expr)`. */
export function normalizeSql(expr: string): string {
	return `trim(regexp_replace(lower(strip_accents(${expr})), '[^a-z0-9]+', ' ', 'g'))`;
}
