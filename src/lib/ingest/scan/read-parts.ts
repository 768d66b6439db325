/**
 * The scan's data given to DuckDB one part at a time: each part is copied (the browser engine
 * transfers what it registers to its worker), registered, read once into a small table of text
 * cells, and dropped; `work` then reads that table, which is dropped in turn. Neither the engine
 * nor the page ever holds a second copy of the whole file, and each part is parsed only once.
 */
import type { Engine } from '../../db/engine.ts';
import { quoteIdent } from '../../db/sql.ts';
import { csvSource } from './read-source.ts';
import type { ScannedRecords } from './scan-records.ts';

/** What `work` reads: the part's table of cells c0…cN (`rowid` from 0) and its first record. */
export interface Part {
	source: string;
	firstRecord: number;
	index: number;
	count: number;
}

/** DuckDB's reader refused a part: the file is unreadable (its message is the reader's). */
export class PartReadError extends Error {}

/** Runs `work` on each part of `scan.data` in file order. */
export async function forEachPart(
	engine: Engine,
	prefix: string,
	scan: Pick<ScannedRecords, 'data' | 'parts' | 'fieldCount'>,
	delimiter: string,
	work: (part: Part) => Promise<void>
): Promise<void> {
	// No record at all (every line malformed): one empty part, so the tables still exist.
	const parts = scan.parts.length ? scan.parts : [{ start: 0, firstRecord: 0 }];
	const table = quoteIdent(`${prefix}_part`);
	for (const [index, part] of parts.entries()) {
		const name = `${prefix}_${index}.csv`;
		const end = parts[index + 1]?.start ?? scan.data.length;
		const path = await engine.registerFile(name, scan.data.slice(part.start, end));
		try {
			const csv = csvSource(path, scan.fieldCount, delimiter);
			await engine.exec(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${csv}`);
		} catch (error) {
			throw new PartReadError(error instanceof Error ? error.message : String(error));
		} finally {
			await engine.dropFile(name);
		}
		try {
			await work({ source: table, firstRecord: part.firstRecord, index, count: parts.length });
		} finally {
			await engine.exec(`DROP TABLE IF EXISTS ${table}`);
		}
	}
}
