/**
 * The scan's data given to DuckDB one part at a time: each part is copied (the browser engine
 * transfers what it registers to its worker), registered, read once into a small table of text
 * cells, and dropped; `work` then reads that table, which is dropped in turn. Neither the engine
 * nor the page ever holds a second copy of the whole file, and each part is parsed only once.
 */
import type { Engine } from '../db/engine.ts';
import { quoteIdent } from '../db/sql.ts';
import { csvSource, SAMPLE_BUFFER } from './read-source.ts';
import type { ScannedRecords } from './scan-records.ts';

/** What `work` reads: the part's table of cells c0…cN (`rowid` from 0) and its first record. */
export interface Part {
	source: string;
	/** DuckDB's reader of the part (no `rowid`) with a small buffer, for its first records. */
	sampleReader: string;
	firstRecord: number;
	index: number;
	count: number;
}

/** DuckDB's reader refused a part: the file is unreadable (its message is the reader's). */
export class PartReadError extends Error {}

/**
 * Runs `work` on each part of `scan.data` in file order. `stream`: the part is a view over
 * DuckDB's reader (its `rowid` numbered as read) rather than a table, for work that reads it once.
 */
export async function forEachPart(
	engine: Engine,
	prefix: string,
	scan: Pick<ScannedRecords, 'data' | 'parts' | 'fieldCount'>,
	delimiter: string,
	work: (part: Part) => Promise<void>,
	{ stream = false } = {}
): Promise<void> {
	// No record at all (every line malformed): one empty part, so the tables still exist.
	const parts = scan.parts.length ? scan.parts : [{ start: 0, firstRecord: 0 }];
	const table = quoteIdent(`${prefix}_part`);
	for (const [index, part] of parts.entries()) {
		const name = `${prefix}_${index}.csv`;
		const end = parts[index + 1]?.start ?? scan.data.length;
		const path = await engine.registerFile(name, scan.data.slice(part.start, end));
		const csv = csvSource(path, scan.fieldCount, delimiter);
		try {
			try {
				await engine.exec(
					stream
						? `CREATE OR REPLACE TEMP VIEW ${table} AS SELECT row_number() OVER () - 1 AS rowid, * FROM ${csv}`
						: `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${csv}`
				);
			} catch (error) {
				throw new PartReadError(error instanceof Error ? error.message : String(error));
			} finally {
				if (!stream) await engine.dropFile(name);
			}
			const sampleReader = stream
				? csvSource(path, scan.fieldCount, delimiter, SAMPLE_BUFFER)
				: table;
			await work({
				source: table,
				sampleReader,
				firstRecord: part.firstRecord,
				index,
				count: parts.length
			});
		} finally {
			await engine.exec(`DROP ${stream ? 'VIEW' : 'TABLE'} IF EXISTS ${table}`);
			if (stream) await engine.dropFile(name);
		}
	}
}
