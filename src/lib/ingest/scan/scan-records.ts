/**
 * One pass over the file's UTF-8 bytes that finds record boundaries the way a CSV reader does
 * (a quote opens a quoted field only at the start of a field; `""` is an escaped quote). It is a
 * byte loop with no per-row objects, so it keeps DuckDB's pace, and it gives three things
 * DuckDB's reader cannot give identically in both engines:
 * - the real file line of every record (blank lines and multi-line quoted cells counted);
 * - records whose field count differs from the header's, cut out and returned for the report;
 * - blank lines, cut out silently.
 * DuckDB then reads `data` (header removed), whose k-th record starts on file line
 * `k + offset` where `offset` is that of the last segment with `firstRecord <= k`.
 */
import { RecordScanner } from './record-scanner.ts';

/** What a file's (or a part's) cells may hold: see `ScannedRecords.cells`. */
export interface CellFlags {
	edgeSpace: boolean;
	breaksOrRuns: boolean;
}

export interface ScannedRecords {
	/** Header fields count (the first non-blank record). */
	fieldCount: number;
	/** The bytes DuckDB reads: data records only, without header, blank or malformed lines. */
	data: Uint8Array;
	/** Records in `data`. */
	recordCount: number;
	/** Records of `data` made of delimiters only (";;;;"), which the import skips silently. */
	emptyRecords: number;
	/**
	 * What the cells may hold (false only when the scan proves none does), so the SQL can skip
	 * per-cell work that would change nothing: `edgeSpace`, a space at a cell's start or end
	 * (trimmed); `breaksOrRuns`, a line break, a tab or two spaces in a row (collapsed in text).
	 */
	cells: CellFlags;
	/**
	 * `data` cut at record boundaries every `PART_BYTES` or so: where each part starts and the
	 * index of its first record. DuckDB reads one part at a time, so the engine never holds a
	 * copy of the whole file.
	 */
	parts: Array<{ start: number; firstRecord: number; cells: CellFlags }>;
	/** Piecewise-constant map from record index in `data` to file line (header = line 1). */
	segments: Array<{ firstRecord: number; offset: number }>;
	/** Records whose field count differs from the header's: line, fields found, raw text. */
	malformed: Array<{ line: number; fields: number; text: string }>;
	/** Line where the header record starts (1 unless blank or title lines come first). */
	headerLine: number;
}

/** Scans `bytes` (UTF-8) split by the one-byte `delimiter`, in one go (`partBytes`: see `parts`). */
export function scanRecords(
	bytes: Uint8Array,
	delimiter: string,
	partBytes?: number,
	titleRecords = 0
): ScannedRecords {
	const scanner = new RecordScanner(bytes, delimiter, partBytes, titleRecords);
	scanner.scan(bytes.length);
	return scanner.result();
}

/** Bytes scanned between two pauses: tens of milliseconds of main-thread work in a browser. */
export const SCAN_CHUNK = 4 * 1024 * 1024;
