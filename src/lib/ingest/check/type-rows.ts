/**
 * The typed rows and their checks: typed table (one pass over the file, part by part),
 * duplicates, errors table, counts and the first problems, then the rejected rows set apart.
 */
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import type { TypedSql } from './build-typed-sql.ts';
import { markDuplicates } from './mark-duplicates.ts';
import { PartReadError, type Part } from '../scan/read-parts.ts';
import { keysSql, lineExpression } from '../scan/read-source.ts';
import { rowProblems, type ErrorRow } from './row-problems.ts';
import type { Staged, StagedImport, StageInput } from '../commit/stage-rows.ts';
import { errorsSql, segmentsSql } from '../commit/staging-sql.ts';

type Step = (name: 'read' | 'check', fraction: number) => void;

/** Widest file whose unused typed columns are dropped before the insert. */
const DROP_COLUMNS_UP_TO = 64;

/** Reading the parts in turn, and reporting progress (which also honours a cancel). */
export interface PartReader {
	parts: (work: (part: Part) => Promise<void>) => Promise<void>;
	step: Step;
}

/**
 * Builds the typed table part by part (from each part's cells: its look-up keys and record count,
 * then its typed rows); drops the look-up tables after it. Resolves with the records
 * DuckDB read, or the reader's error message (the file is then unreadable, not an exception).
 */
export async function typeRows(
	engine: Engine,
	tables: StagedImport,
	input: StageInput,
	typed: TypedSql,
	{ parts, step }: PartReader
): Promise<number | string> {
	const { segments } = input.scan;
	// Without the ASOF join the rows stay in file order, and the insert needs no sort.
	tables.inOrder = lineExpression('rec', segments) !== null;
	if (!tables.inOrder) await engine.exec(segmentsSql(tables.segments, segments));
	const rows = quoteIdent(tables.rows);
	let read = 0;
	try {
		await parts(async ({ source, firstRecord, index, count }) => {
			step(index === 0 ? 'read' : 'check', 0.2 + (0.45 * index) / count);
			read += await readKeys(engine, source, typed.rawKeys, tables.raw);
			if (typed.lookup) await extendLookup(engine, typed.lookup, index === 0);
			await engine.exec(typed.base(source, firstRecord));
			const into = index === 0 ? `CREATE OR REPLACE TEMP TABLE ${rows} AS` : `INSERT INTO ${rows}`;
			await engine.exec(`${into} ${typed.select}`);
		});
	} catch (error) {
		if (error instanceof PartReadError) return error.message.split('\n')[0]!;
		throw error;
	}
	tables.insert = typed.insert;
	for (const table of [tables.raw, tables.lookup])
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
	return read;
}

/** Creates the look-up table, or adds the combinations this part brings, if any. */
export async function extendLookup(
	engine: Engine,
	lookup: NonNullable<TypedSql['lookup']>,
	isFirst: boolean
): Promise<void> {
	if (isFirst) return engine.exec(lookup.create);
	const [{ n }] = (await engine.query<{ n: number }>(lookup.unseen)) as [{ n: number }];
	if (Number(n) > 0) await engine.exec(lookup.add);
}

/** One part's distinct look-up cells into `keysTable`; resolves with the part's record count. */
async function readKeys(
	engine: Engine,
	source: string,
	rawKeys: string[],
	keysTable: string
): Promise<number> {
	await engine.exec(keysSql(source, rawKeys, keysTable));
	const [{ n }] = (await engine.query<{ n: number }>(
		`SELECT CAST(coalesce(sum(n), 0) AS BIGINT) AS n FROM ${quoteIdent(keysTable)}`
	)) as [{ n: number }];
	return Number(n);
}

/** Duplicates, the errors table, counts and the first `maxProblems` problems. */
export async function checkRows(
	engine: Engine,
	tables: StagedImport,
	input: StageInput,
	typed: TypedSql,
	{ parts, step }: PartReader
): Promise<Omit<Staged, 'tables'>> {
	const { sniff, scan } = input;
	const limit = input.maxProblems ?? 1000;
	step('check', 0.65); // a cancel is honoured between statements
	// Rows sharing a hash (usually none) get their cells back from the file, part by part.
	await markDuplicates(engine, tables.rows, scan.fieldCount, tables.dups, () =>
		parts(async ({ source, firstRecord }) => {
			await engine.exec(typed.base(source, firstRecord));
			await engine.exec(typed.keepCells);
		})
	);
	await engine.exec(errorsSql(tables.rows, typed.checks, tables.errors));
	step('check', 0.8);
	const [stats] = (await engine.query(
		`SELECT (SELECT count(*) FROM ${quoteIdent(tables.rows)}) AS rows,
			(SELECT count(*) FROM ${quoteIdent(tables.rows)} WHERE ok) AS accepted,
			(SELECT count(*) FROM ${quoteIdent(tables.errors)}) AS problems`
	)) as [{ rows: number; accepted: number; problems: number }];
	const errorRows = await engine.query<ErrorRow>(
		`SELECT row, col, value, code, ref, source FROM ${quoteIdent(tables.errors)}
		ORDER BY row, col NULLS LAST LIMIT ?`,
		[limit]
	);
	const problems = rowProblems(errorRows, sniff, scan.malformed, scan.fieldCount).slice(0, limit);
	await keepRejected(engine, tables, scan.fieldCount, typed);
	const rows = stats.rows + scan.malformed.length;
	return {
		counts: { rows, accepted: stats.accepted, rejected: rows - stats.accepted },
		problems,
		problemCount: stats.problems + scan.malformed.length
	};
}

/**
 * The rejected rows' cells go to a table of their own (what the export reads), and the columns
 * only the checks needed are dropped from the typed rows (dropping frees their memory at once),
 * so the insert, the import's memory peak, runs beside the canonical values only.
 */
async function keepRejected(
	engine: Engine,
	tables: StagedImport,
	columnCount: number,
	typed: TypedSql
): Promise<void> {
	const cells = Array.from({ length: columnCount }, (_, i) => `t${i}`);
	const rows = quoteIdent(tables.rows);
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(tables.typed)} AS
	SELECT line, ok, ${cells.join(', ')} FROM ${rows} WHERE NOT ok`);
	// One statement per column: on a file of hundreds of columns that would cost seconds.
	if (columnCount > DROP_COLUMNS_UP_TO) return;
	const unused = new Set([...cells, ...typed.checks.map((c) => c.error), 'row_hash', 'dup_of']);
	await engine.exec([...unused].map((c) => `ALTER TABLE ${rows} DROP COLUMN ${c}`).join(';\n'));
}
