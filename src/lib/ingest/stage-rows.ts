/**
 * Staging: the cleaned bytes are read by DuckDB into temp tables (raw text, typed rows, errors).
 * Canonical tables are not touched here. Temp tables live until `discardImport`.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent } from '../db/sql.ts';
import { buildBaseSql, buildTypedSql } from './build-typed-sql.ts';
import { markDuplicates } from './mark-duplicates.ts';
import type { DataKind } from './field-specs.ts';
import { fileProblem, type Problem } from './problems.ts';
import { rowProblems, type ErrorRow } from './row-problems.ts';
import type { ScannedRecords } from './scan-records.ts';
import type { Sniff } from './sniff-file.ts';
import { errorsSql, readRawSql, segmentsSql } from './staging-sql.ts';

export interface StagedImport {
	kind: DataKind;
	headers: string[];
	raw: string;
	segments: string;
	/** View of trimmed cells (t0…tN) with file line: what problems and the export show. */
	base: string;
	lookup: string;
	typed: string;
	dups: string;
	/** Canonical column → expression over `typed` (see `insertSql`). */
	insert: Record<string, string>;
	errors: string;
	fieldCount: number;
	/** Lines cut out by the scan (wrong field count), kept for the rejected-rows export. */
	malformed: ScannedRecords['malformed'];
}

export interface StageInput {
	datasetId: string;
	sniff: Sniff;
	scan: ScannedRecords;
	country?: string;
	currency?: string;
	maxProblems?: number;
}

export interface Staged {
	tables: StagedImport | null;
	counts: { rows: number; accepted: number; rejected: number };
	problems: Problem[];
	problemCount: number;
}

let sequence = 0;

/** Reads, types and checks `input.scan` into staging tables; canonical tables untouched. */
export async function stageRows(
	engine: Engine,
	input: StageInput,
	step: (name: 'read' | 'check', fraction: number) => void
): Promise<Staged> {
	const { sniff, scan } = input;
	const prefix = `vigie_import_${++sequence}_${Math.random().toString(36).slice(2, 8)}`;
	const tables: StagedImport = {
		kind: sniff.mapping.kind,
		headers: sniff.headers,
		malformed: scan.malformed,
		fieldCount: scan.fieldCount,
		raw: `${prefix}_raw`,
		segments: `${prefix}_segments`,
		base: `${prefix}_base`,
		lookup: `${prefix}_lookup`,
		typed: `${prefix}_typed`,
		dups: `${prefix}_dups`,
		insert: {},
		errors: `${prefix}_errors`
	};
	step('read', 0.2);
	const path = await engine.registerFile(`${prefix}.csv`, scan.data);
	try {
		await engine.exec(readRawSql(path, scan.fieldCount, sniff.delimiter.value, tables.raw));
		const [{ n }] = (await engine.query<{ n: number }>(
			`SELECT count(*) AS n FROM ${quoteIdent(tables.raw)}`
		)) as [{ n: number }];
		if (n !== scan.recordCount)
			throw new Error(`DuckDB read ${n} records, expected ${scan.recordCount}`);
	} catch (error) {
		await discardImport(engine, tables);
		const problem = fileProblem('unreadable_file', {
			error: error instanceof Error ? error.message.split('\n')[0]! : String(error)
		});
		return {
			tables: null,
			counts: { rows: 0, accepted: 0, rejected: 0 },
			problems: [problem],
			problemCount: 1
		};
	} finally {
		await engine.dropFile(`${prefix}.csv`);
	}
	try {
		return { tables, ...(await checkRows(engine, tables, input, step)) };
	} catch (error) {
		await discardImport(engine, tables); // cancelled or failed: leave no staging behind
		throw error;
	}
}

async function checkRows(
	engine: Engine,
	tables: StagedImport,
	input: StageInput,
	step: (name: 'check', fraction: number) => void
): Promise<Omit<Staged, 'tables'>> {
	const { sniff, scan } = input;
	const limit = input.maxProblems ?? 1000;
	step('check', 0.5);
	await engine.exec(segmentsSql(tables.segments, scan.segments));
	const sqlInput = {
		mapping: sniff.mapping,
		columnCount: scan.fieldCount,
		format: { numberFormat: sniff.numberFormat.value, dateFormat: sniff.dateFormat.value },
		country: input.country,
		currency: input.currency,
		rawTable: tables.raw,
		segmentTable: tables.segments,
		baseTable: tables.base,
		lookupTable: tables.lookup,
		typedTable: tables.typed
	};
	await engine.exec(buildBaseSql(sqlInput, Math.max(scan.segments.length, 1)));
	const typed = buildTypedSql(sqlInput);
	tables.insert = typed.insert;
	if (typed.lookup) await engine.exec(typed.lookup);
	await engine.exec(typed.sql);
	step('check', 0.65); // a cancel is honoured between statements
	await markDuplicates(engine, tables.typed, scan.fieldCount, tables.dups);
	await engine.exec(errorsSql(tables.typed, typed.checks, tables.errors));
	step('check', 0.8);
	const [stats] = (await engine.query(
		`SELECT (SELECT count(*) FROM ${quoteIdent(tables.typed)}) AS rows,
			(SELECT count(*) FROM ${quoteIdent(tables.typed)} WHERE ok) AS accepted,
			(SELECT count(*) FROM ${quoteIdent(tables.errors)}) AS problems`
	)) as [{ rows: number; accepted: number; problems: number }];
	const errorRows = await engine.query<ErrorRow>(
		`SELECT row, col, value, code, ref, source FROM ${quoteIdent(tables.errors)}
		ORDER BY row, col NULLS LAST LIMIT ?`,
		[limit]
	);
	const problems = rowProblems(errorRows, sniff, scan.malformed, scan.fieldCount).slice(0, limit);
	const rows = stats.rows + scan.malformed.length;
	return {
		counts: { rows, accepted: stats.accepted, rejected: rows - stats.accepted },
		problems,
		problemCount: stats.problems + scan.malformed.length
	};
}

/** Drops an import's staging tables. */
export async function discardImport(engine: Engine, staged: StagedImport): Promise<void> {
	await engine.exec(`DROP VIEW IF EXISTS ${quoteIdent(staged.base)}`);
	for (const table of [
		staged.raw,
		staged.segments,
		staged.lookup,
		staged.typed,
		staged.dups,
		staged.errors
	])
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
}
