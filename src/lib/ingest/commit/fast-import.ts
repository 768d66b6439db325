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
 *
 * The scan runs here too, so that in the browser DuckDB's worker inserts each part while the page
 * scans the next one (the two use different cores). That holds while the data DuckDB reads is the
 * file's bytes as they are; a file with blank lines or lone CRs is imported once its scan is done.
 */
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import { buildTypedSql } from '../check/build-typed-sql.ts';
import { KIND_TABLES } from '../fields/field-specs.ts';
import { pauseSlice } from '../scan/pause-slice.ts';
import { CASE_SEGMENTS, csvSource, keysSql, SAMPLE_BUFFER } from '../scan/read-source.ts';
import { RecordScanner } from '../scan/record-scanner.ts';
import { SCAN_CHUNK, type CellFlags, type ScannedRecords } from '../scan/scan-records.ts';
import { sqlInput, type StageInput, type StagingNames } from './stage-rows.ts';
import { CANONICAL_DDL, canonicalColumns, insertRowsSql } from './staging-sql.ts';
import { extendLookup } from '../check/type-rows.ts';

/** Records per part whose look-up cells seed the look-up table (a few milliseconds each). */
export const LOOKUP_SAMPLE = 20_000;

export interface FastImport {
	/** Rows inserted: every non-empty record of the file. */
	accepted: number;
}

export type FastContext = Omit<StageInput, 'scan'>;

interface PartToInsert {
	bytes: Uint8Array;
	firstRecord: number;
	cells: CellFlags;
}

/**
 * Scans `utf8` and imports it by the fast path if every row passes. Resolves with the whole scan
 * (for the full path) and the fast import, or null when the file needs the full path (nothing is
 * then changed). `commit: false` checks only: the rows are counted, then rolled back.
 */
export async function scanAndImport(
	engine: Engine,
	utf8: Uint8Array,
	context: FastContext,
	options: { commit: boolean; fast: boolean; partBytes?: number; chunk?: number },
	hooks: { signal?: AbortSignal; step: (name: 'scan' | 'read' | 'commit', f: number) => void }
): Promise<{ scan: ScannedRecords; fast: FastImport | null }> {
	const scanner = new RecordScanner(
		utf8,
		context.sniff.delimiter.value,
		options.partBytes,
		context.sniff.titles.length
	);
	// Progress: the scan's share until a part is queued, then the share of bytes inserted.
	let inserted = 0;
	const total = Math.max(utf8.length, 1);
	const reading = () => 0.1 + (0.8 * inserted) / total;
	const onPart = (bytes: number) => {
		inserted += bytes;
		hooks.step('read', reading());
	};
	const importer = options.fast ? new FastImporter(engine, context, onPart) : null;
	let dispatched = 0;
	try {
		while (!scanner.finished) {
			scanner.scan(scanner.position + (options.chunk ?? SCAN_CHUNK));
			if (importer && scanner.untouched && scanner.segmentsSoFar.length <= CASE_SEGMENTS)
				for (let part; (part = scanner.completePart(dispatched)); dispatched++)
					importer.insert(part, scanner.segmentsSoFar, scanner.headerFields);
			if (dispatched) hooks.step('read', reading());
			else hooks.step('scan', (0.1 * scanner.position) / total);
			await pauseSlice();
			hooks.signal?.throwIfAborted();
		}
		const scan = scanner.result();
		if (!importer) return { scan, fast: null };
		if (!eligible(scan)) return { scan, fast: await importer.abandon() };
		if (dispatched < scan.parts.length && !scanner.untouched) {
			// Blank lines or lone CRs: the parts come from the scan's cleaned copy, all of them.
			if (dispatched > 0) await importer.restart();
			dispatched = 0;
			inserted = 0;
			for (const [index, part] of scan.parts.entries()) {
				const end = scan.parts[index + 1]?.start ?? scan.data.length;
				const bytes = scan.data.subarray(part.start, end);
				importer.insert({ ...part, bytes }, scan.segments, scan.fieldCount);
			}
		}
		const fast = await importer.finish(scan.recordCount - scan.emptyRecords, options.commit, {
			signal: hooks.signal,
			// Once every part is in: a cancel is honoured before the commit.
			verifying: () => hooks.step('commit', 0.9)
		});
		return { scan, fast };
	} catch (error) {
		await importer?.abandon();
		throw error;
	}
}

/** Lines cut out by the scan are problems to report, and many segments need the ASOF join. */
function eligible(scan: ScannedRecords): boolean {
	return (
		scan.malformed.length === 0 && scan.recordCount > 0 && scan.segments.length <= CASE_SEGMENTS
	);
}

/**
 * The engine side: one transaction, parts inserted in turn (each queued behind the previous one,
 * so the caller keeps scanning while DuckDB works), then the verification and the commit.
 */
class FastImporter {
	private readonly prefix = `vigie_fast_${++sequence}_${Math.random().toString(36).slice(2, 8)}`;
	private readonly tables: StagingNames = {
		raw: `${this.prefix}_keys`,
		base: `${this.prefix}_base`,
		lookup: `${this.prefix}_lookup`,
		// Never created: the fast path has no typed table (the names only fill `TypedSqlInput`).
		rows: `${this.prefix}_rows`,
		dups: `${this.prefix}_dups`,
		segments: `${this.prefix}_segments`
	};
	private readonly table: string;
	private queue: Promise<void> | null = null;
	private failed = false;
	private count = 0;

	constructor(
		private readonly engine: Engine,
		private readonly context: FastContext,
		/** Called with a part's size once its rows are in. */
		private readonly onPart: (bytes: number) => void
	) {
		this.table = quoteIdent(KIND_TABLES[context.sniff.mapping.kind]);
	}

	/** Queues part `part` (its SQL fixed now, from the segments and flags known now). */
	insert(part: PartToInsert, segments: ScannedRecords['segments'], fieldCount: number): void {
		const index = this.count++;
		const scan = { fieldCount, segments: [...segments], cells: part.cells };
		const typed = buildTypedSql(sqlInput({ ...this.context, scan }, this.tables));
		const run = async () => {
			if (index === 0) await this.begin();
			const name = `${this.prefix}_${index}.csv`;
			// A copy: the browser engine takes the buffer it registers away from the page.
			const path = await this.engine.registerFile(name, part.bytes.slice());
			const view = quoteIdent(`${this.prefix}_part`);
			try {
				const csv = csvSource(path, fieldCount, this.context.sniff.delimiter.value);
				if (typed.lookup) {
					// From a reader of its own: the view's row numbers would make it read the whole part.
					const reader = csvSource(
						path,
						fieldCount,
						this.context.sniff.delimiter.value,
						SAMPLE_BUFFER
					);
					const sample = `(SELECT * FROM ${reader} LIMIT ${LOOKUP_SAMPLE})`;
					await this.engine.exec(keysSql(sample, typed.rawKeys, this.tables.raw));
					await extendLookup(this.engine, typed.lookup, index === 0);
				}
				await this.engine.exec(
					`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT row_number() OVER () - 1 AS rowid, * FROM ${csv}`
				);
				await this.engine.exec(typed.base(view, part.firstRecord));
				const kind = this.context.sniff.mapping.kind;
				await this.engine.query(insertRowsSql(kind, `(${typed.accepted})`, typed.insert), [
					this.context.datasetId
				]);
				this.onPart(part.bytes.length);
			} finally {
				await this.engine.exec(`DROP VIEW IF EXISTS ${quoteIdent(this.tables.base)}`);
				await this.engine.exec(`DROP VIEW IF EXISTS ${view}`);
				await this.engine.dropFile(name);
			}
		};
		const previous = this.queue ?? Promise.resolve();
		this.queue = previous
			.then(() => (this.failed ? undefined : run()))
			.catch((error: unknown) => {
				this.failed = true;
				if (isFatal(error)) throw error;
			});
		// Handled here too: a cancel or crash may end the queue before `finish` awaits it, and an
		// unawaited rejection would be reported as an error of its own.
		this.queue.catch(() => {});
	}

	private async begin(): Promise<void> {
		await this.engine.exec(CANONICAL_DDL);
		await this.engine.exec('BEGIN TRANSACTION');
		await this.engine.query(`DELETE FROM ${this.table} WHERE dataset_id = ?`, [
			this.context.datasetId
		]);
	}

	/** Waits for the queued parts, then verifies; commits (or, checking only, rolls back). */
	async finish(
		expected: number,
		commit: boolean,
		hooks: { signal?: AbortSignal; verifying?: () => void } = {}
	): Promise<FastImport | null> {
		await this.queue;
		hooks.verifying?.();
		if (this.failed || this.count === 0) return this.abandon();
		const columns = canonicalColumns(this.context.sniff.mapping.kind).map(quoteIdent);
		const id = this.context.datasetId;
		const [{ n, groups }] = (await this.engine.query<{ n: number; groups: number }>(
			verifySql(this.table, columns),
			[id, id]
		)) as [{ n: number; groups: number }];
		if (Number(n) !== expected || Number(groups) > 0) return this.abandon();
		hooks.signal?.throwIfAborted(); // the last moment a cancel can undo the import
		await this.engine.exec(commit ? 'COMMIT' : 'ROLLBACK');
		await this.dropTables();
		this.count = 0;
		return { accepted: expected };
	}

	/** Rolls back whatever was inserted and starts over, parts to come. */
	async restart(): Promise<void> {
		await this.abandon();
		this.failed = false;
	}

	/** Rolls back, if a part was begun; resolves with null (no fast import). */
	async abandon(): Promise<null> {
		await this.queue?.catch(() => {});
		this.queue = null;
		if (this.count > 0) {
			this.count = 0;
			await this.engine.exec('ROLLBACK').catch(() => {});
			await this.dropTables();
		}
		return null;
	}

	private async dropTables(): Promise<void> {
		for (const t of [this.tables.raw, this.tables.lookup])
			await this.engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(t)}`);
	}
}

/** Errors that end the import (a cancel, a crashed engine); any other sends it to the full path. */
function isFatal(error: unknown): boolean {
	const name = error instanceof Error ? error.name : '';
	return name === 'AbortError' || name === 'EngineCrashedError';
}

let sequence = 0;

/**
 * Rows of the dataset (both `?`) and the number of groups of rows with equal values (by hash: a
 * collision only sends the file to the full path, which compares cells).
 */
function verifySql(table: string, columns: string[]): string {
	return `SELECT (SELECT count(*) FROM ${table} WHERE dataset_id = ?) AS n,
	(SELECT count(*) FROM (SELECT hash(${columns.join(', ')}) AS h FROM ${table}
		WHERE dataset_id = ? GROUP BY h HAVING count(*) > 1)) AS groups`;
}
