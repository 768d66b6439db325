/**
 * How DuckDB reads the scan's cleaned bytes: one registered part of the file at a time
 * (`PART_BYTES`, see `forEachPart`), read into a table of text cells that lives only while that
 * part is typed. A raw table of the whole file was, with the registered bytes, the import's
 * largest copies after the typed rows.
 */
import { quoteIdent, sqlString } from '../../db/sql.ts';

/**
 * A part as text columns c0…cN. Dialect detection is off (the sniff decided it) and the header
 * was removed by `scanRecords`.
 */
export function csvSource(
	path: string,
	columnCount: number,
	delimiter: string,
	bufferBytes?: number
): string {
	const columns = Array.from({ length: columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	const buffer = bufferBytes ? `, buffer_size = ${Math.trunc(bufferBytes)}` : '';
	return `read_csv(${sqlString(path)}, columns = {${columns}}, header = false,
	auto_detect = false, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', strict_mode = false${buffer})`;
}

/** Buffer of a reader that stops after a few thousand records: the default loads 16 MB first. */
export const SAMPLE_BUFFER = 4 * 1024 * 1024;

/**
 * Distinct raw cells of the look-up columns (`rawKeys`, e.g. `c4`) of one part, with their record
 * counts: the look-up table is extended from it, and the sum of `n` checks DuckDB read every record.
 */
export function keysSql(source: string, rawKeys: string[], keysTable: string): string {
	const group = rawKeys.length ? `${rawKeys.join(', ')}, ` : '';
	return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(keysTable)} AS
	SELECT ${group}count(*) AS n FROM ${source}${rawKeys.length ? ' GROUP BY ALL' : ''}`;
}

/** Segments past which the file line comes from an ASOF join rather than one CASE. */
export const CASE_SEGMENTS = 64;

/**
 * The file line of record `rec` as one expression when the scan found few segments (a join
 * would cost a pass and lose the file order); null when there are too many.
 */
export function lineExpression(
	rec: string,
	segments: Array<{ firstRecord: number; offset: number }>
): string | null {
	if (segments.length > CASE_SEGMENTS) return null;
	if (segments.length <= 1)
		return `CAST(${rec} + ${Math.trunc(segments[0]?.offset ?? 2)} AS INTEGER)`;
	const whens = [...segments]
		.reverse()
		.map((s) => `WHEN ${rec} >= ${Math.trunc(s.firstRecord)} THEN ${Math.trunc(s.offset)}`);
	return `CAST(${rec} + CASE ${whens.join(' ')} END AS INTEGER)`;
}
