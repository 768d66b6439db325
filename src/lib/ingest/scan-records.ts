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
export interface ScannedRecords {
	/** Header fields count (the first non-blank record). */
	fieldCount: number;
	/** The bytes DuckDB reads: data records only, without header, blank or malformed lines. */
	data: Uint8Array;
	/** Records in `data`. */
	recordCount: number;
	/** Piecewise-constant map from record index in `data` to file line (header = line 1). */
	segments: Array<{ firstRecord: number; offset: number }>;
	/** Records whose field count differs from the header's: line, fields found, raw text. */
	malformed: Array<{ line: number; fields: number; text: string }>;
	/** Line where the header record starts (1 unless the file opens with blank lines). */
	headerLine: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Scans `bytes` (UTF-8) split by the one-byte `delimiter`. */
export function scanRecords(bytes: Uint8Array, delimiter: string): ScannedRecords {
	const delim = delimiter.charCodeAt(0);
	const keep: Array<[number, number]> = [];
	const malformed: ScannedRecords['malformed'] = [];
	const segments: ScannedRecords['segments'] = [];
	let fieldCount = -1;
	let headerLine = 1;
	let recordCount = 0;
	let line = 1;
	let i = 0;
	const n = bytes.length;
	while (i < n) {
		const start = i;
		const startLine = line;
		let fields = 1;
		let isBlank = true;
		let atFieldStart = true;
		let inQuotes = false;
		for (; i < n; i++) {
			const b = bytes[i]!;
			if (inQuotes) {
				if (b === QUOTE) {
					if (bytes[i + 1] === QUOTE) i++;
					else inQuotes = false;
				} else if (b === LF) line++;
			} else if (b === LF) break;
			else if (b === delim) {
				fields++;
				atFieldStart = true;
				isBlank = false;
			} else if (b === QUOTE && atFieldStart) {
				inQuotes = true;
				atFieldStart = false;
				isBlank = false;
			} else if (b !== CR && b !== SPACE && b !== TAB) {
				atFieldStart = false;
				isBlank = false;
			}
		}
		const end = i < n ? i + 1 : n; // past the newline
		i = end;
		line++;
		if (isBlank) continue;
		if (fieldCount < 0) {
			fieldCount = fields;
			headerLine = startLine;
		} else if (fields !== fieldCount) {
			malformed.push({ line: startLine, fields, text: decodeLine(bytes, start, end) });
		} else {
			const offset = startLine - recordCount;
			if (segments.at(-1)?.offset !== offset) segments.push({ firstRecord: recordCount, offset });
			appendRange(keep, start, end);
			recordCount++;
		}
	}
	return {
		fieldCount: Math.max(fieldCount, 0),
		data: joinRanges(bytes, keep),
		recordCount,
		segments,
		malformed,
		headerLine
	};
}

function decodeLine(bytes: Uint8Array, start: number, end: number): string {
	return new TextDecoder().decode(bytes.subarray(start, end)).replace(/\r?\n$/, '');
}

function appendRange(keep: Array<[number, number]>, start: number, end: number): void {
	const last = keep.at(-1);
	if (last && last[1] === start) last[1] = end;
	else keep.push([start, end]);
}

/** One range is a view (no copy); several are concatenated, with a newline after the last one. */
function joinRanges(bytes: Uint8Array, keep: Array<[number, number]>): Uint8Array {
	if (keep.length === 1) return bytes.subarray(keep[0]![0], keep[0]![1]);
	let size = 0;
	for (const [s, e] of keep) size += e - s + 1;
	const out = new Uint8Array(size);
	let at = 0;
	for (const [s, e] of keep) {
		out.set(bytes.subarray(s, e), at);
		at += e - s;
		// A range cut before a malformed last line may lack its newline: add one so records stay apart.
		if (bytes[e - 1] !== LF) out[at++] = LF;
	}
	return out.subarray(0, at);
}
