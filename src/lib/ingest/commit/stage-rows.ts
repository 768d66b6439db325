/**
 * Staging: DuckDB reads the cleaned bytes straight into temp tables (distinct look-up keys, typed
 * rows, errors); no table of raw text is made. Canonical tables are not touched here. Temp tables
 * live until `discardImport`.
 */
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import { buildTypedSql, type TypedSqlInput } from '../check/build-typed-sql.ts';
import type { DataKind } from '../fields/field-specs.ts';
import { fileProblem, type Problem } from '../report/problems.ts';
import { forEachPart, type Part } from '../scan/read-parts.ts';
import type { ScannedRecords } from '../scan/scan-records.ts';
import type { Sniff } from '../sniff/sniff-file.ts';
import { checkRows, typeRows } from '../check/type-rows.ts';

export interface StagedImport {
	kind: DataKind;
	headers: string[];
	/** Distinct raw look-up cells and record counts (dropped once the rows are typed). */
	raw: string;
	segments: string;
	/** View of trimmed cells (t0…tN) with file line over one part's CSV reader, while read. */
	base: string;
	lookup: string;
	/** Typed rows: canonical values `f_*`, `line`, `ok` (checks and raw cells dropped once done). */
	rows: string;
	/** The rejected rows as written (`line`, `ok`, cells `t0…tN`), for the export. */
	typed: string;
	dups: string;
	/** Canonical column → expression over `typed` (see `insertSql`). */
	insert: Record<string, string>;
	errors: string;
	fieldCount: number;
	/** Lines cut out by the scan (wrong field count), kept for the rejected-rows export. */
	malformed: ScannedRecords['malformed'];
	/** Whether `typed` is in file order (no ASOF join reordered it): the insert needs no sort. */
	inOrder?: boolean;
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
		raw: `${prefix}_keys`,
		segments: `${prefix}_segments`,
		base: `${prefix}_base`,
		lookup: `${prefix}_lookup`,
		rows: `${prefix}_rows`,
		typed: `${prefix}_typed`,
		dups: `${prefix}_dups`,
		insert: {},
		errors: `${prefix}_errors`
	};
	step('read', 0.2);
	const parts = (work: (part: Part) => Promise<void>) =>
		forEachPart(engine, prefix, scan, sniff.delimiter.value, work);
	try {
		const typed = buildTypedSql(sqlInput(input, tables));
		const read = await typeRows(engine, tables, input, typed, { parts, step });
		if (read !== scan.recordCount) {
			await discardImport(engine, tables);
			const error =
				typeof read === 'string'
					? read
					: `DuckDB read ${read} records, expected ${scan.recordCount}`;
			const problem = fileProblem('unreadable_file', { error });
			const counts = { rows: 0, accepted: 0, rejected: 0 };
			return { tables: null, counts, problems: [problem], problemCount: 1 };
		}
		return { tables, ...(await checkRows(engine, tables, input, typed, { parts, step })) };
	} catch (error) {
		await discardImport(engine, tables); // cancelled or failed: leave no staging behind
		throw error;
	} finally {
		await engine.exec(`DROP VIEW IF EXISTS ${quoteIdent(tables.base)}`);
	}
}

/** The staging tables `buildTypedSql` names. */
export type StagingNames = Pick<
	StagedImport,
	'raw' | 'segments' | 'base' | 'lookup' | 'rows' | 'dups'
>;

export function sqlInput(
	input: Omit<StageInput, 'scan'> & {
		scan: Pick<ScannedRecords, 'fieldCount' | 'segments' | 'cells'>;
	},
	tables: StagingNames
): TypedSqlInput {
	const { sniff, scan } = input;
	return {
		mapping: sniff.mapping,
		columnCount: scan.fieldCount,
		format: { numberFormat: sniff.numberFormat.value, dateFormat: sniff.dateFormat.value },
		country: input.country,
		currency: input.currency,
		keysTable: tables.raw,
		segments: scan.segments,
		cells: scan.cells,
		segmentTable: tables.segments,
		baseTable: tables.base,
		lookupTable: tables.lookup,
		typedTable: tables.rows,
		dupsTable: tables.dups
	};
}

/** Drops an import's staging tables. */
export async function discardImport(engine: Engine, staged: StagedImport): Promise<void> {
	await engine.exec(`DROP VIEW IF EXISTS ${quoteIdent(staged.base)}`);
	for (const table of [
		staged.raw,
		staged.segments,
		staged.lookup,
		staged.rows,
		staged.typed,
		staged.dups,
		staged.errors
	])
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
}
