/**
 * The fast path of an import: most files that matter for speed (a portal's export, a finance
 * law typed with care) are clean, and for them the full staging (`stage-rows.ts`: a table of every
 * typed row, its errors and raw cells, then a copy into the canonical table) costs three times
 * DuckDB's own reading. Here each part of the file is read once by DuckDB's reader, typed with the
 * very expressions of the full path (`buildTypedSql`), and only the rows that pass every check go
 * straight into the canonical table, inside one transaction. The result is then verified:
 * - every non-empty record was inserted (none failed a check, none had a look-up combination the
 *   sampled table lacked);
 * - no two inserted rows are equal (equal cells give equal canonical values, so distinct values
 *   prove the file has no duplicated line; equal values may come from different cells, and the
 *   full path then decides).
 * If both hold, the rows are exactly those the full path would have accepted, and the transaction
 * commits. If not, it is rolled back and the caller runs the full path, which reports every
 * problem: a file with errors pays for one extra read, a clean file is read once.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent } from '../db/sql.ts';
import { buildTypedSql } from './build-typed-sql.ts';
import { CANONICAL_DDL, canonicalColumns, insertRowsSql } from './staging-sql.ts';
import { KIND_TABLES } from './field-specs.ts';
import { forEachPart } from './read-parts.ts';
import { CASE_SEGMENTS, keysSql } from './read-source.ts';
import { sqlInput, type StageInput, type StagingNames } from './stage-rows.ts';
import { extendLookup } from './type-rows.ts';

/** Records per part whose look-up cells seed the look-up table (a few milliseconds each). */
export const LOOKUP_SAMPLE = 20_000;

export interface FastImport {
	/** Rows inserted: every non-empty record of the file. */
	accepted: number;
}

/**
 * Inserts `input`'s rows into the canonical table if every one passes; resolves with the count,
 * or null when the file needs the full path (nothing is then changed). `commit: false` checks
 * only: the rows are counted, then rolled back.
 */
export async function tryFastImport(
	engine: Engine,
	input: StageInput,
	options: { commit: boolean },
	step: (fraction: number) => void
): Promise<FastImport | null> {
	const { sniff, scan } = input;
	// Lines cut out by the scan are problems to report: the full path's job.
	if (scan.malformed.length > 0 || scan.recordCount === 0) return null;
	const prefix = `vigie_fast_${++sequence}_${Math.random().toString(36).slice(2, 8)}`;
	// Many segments (blank lines, multi-line cells all through the file) need the ASOF join.
	if (scan.segments.length > CASE_SEGMENTS) return null;
	const tables: StagingNames = {
		raw: `${prefix}_keys`,
		base: `${prefix}_base`,
		lookup: `${prefix}_lookup`,
		// Never created: the fast path has no typed table (the names only fill `TypedSqlInput`).
		rows: `${prefix}_rows`,
		dups: `${prefix}_dups`,
		segments: `${prefix}_segments`
	};
	const typed = buildTypedSql(sqlInput(input, tables));
	const kind = sniff.mapping.kind;
	const table = quoteIdent(KIND_TABLES[kind]);
	await engine.exec(CANONICAL_DDL);
	await engine.exec('BEGIN TRANSACTION');
	let done = false;
	try {
		await engine.query(`DELETE FROM ${table} WHERE dataset_id = ?`, [input.datasetId]);
		await forEachPart(
			engine,
			prefix,
			scan,
			sniff.delimiter.value,
			async ({ source, sampleReader, firstRecord, index, count }) => {
				step(index / count);
				if (typed.lookup) {
					// From the reader itself: the view's row numbers would make it read the whole part.
					const sample = `(SELECT * FROM ${sampleReader} LIMIT ${LOOKUP_SAMPLE})`;
					await engine.exec(keysSql(sample, typed.rawKeys, tables.raw));
					await extendLookup(engine, typed.lookup, index === 0);
				}
				await engine.exec(typed.base(source, firstRecord));
				await engine.query(insertRowsSql(kind, `(${typed.accepted})`, typed.insert), [
					input.datasetId
				]);
			},
			{ stream: true }
		);
		step(1); // a cancel during the last part is honoured before the commit
		const expected = scan.recordCount - scan.emptyRecords;
		const [{ n, groups }] = (await engine.query<{ n: number; groups: number }>(
			verifySql(table, canonicalColumns(kind)),
			[input.datasetId, input.datasetId]
		)) as [{ n: number; groups: number }];
		if (Number(n) !== expected || Number(groups) > 0) return null;
		await engine.exec(options.commit ? 'COMMIT' : 'ROLLBACK');
		done = true;
		return { accepted: expected };
	} finally {
		if (!done) await engine.exec('ROLLBACK');
		await engine.exec(`DROP VIEW IF EXISTS ${quoteIdent(tables.base)}`);
		for (const t of [tables.raw, tables.lookup])
			await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(t)}`);
	}
}

let sequence = 0;

/**
 * Rows of the dataset (both `?`) and the number of groups of rows with equal values (by hash: a
 * collision only sends the file to the full path, which compares cells).
 */
function verifySql(table: string, columns: string[]): string {
	return `SELECT (SELECT count(*) FROM ${table} WHERE dataset_id = ?) AS n,
	(SELECT count(*) FROM (SELECT hash(${columns.map(quoteIdent).join(', ')}) AS h FROM ${table}
		WHERE dataset_id = ? GROUP BY h HAVING count(*) > 1)) AS groups`;
}
