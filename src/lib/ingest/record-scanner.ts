/**
 * The byte loop behind `scanRecords`: record boundaries found the way a CSV reader finds them,
 * resumable after any record so the page can scan a large file in slices.
 */
import type { ScannedRecords } from './scan-records.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Bytes of `data` per part DuckDB reads at a time (see `ScannedRecords.parts`). */
export const PART_BYTES = 32 * 1024 * 1024;

/**
 * One record: where it ends (past its newline), its field count, file lines it spans, and whether
 * it ends on a lone CR (an old Mac line ending), which DuckDB's reader does not take as a break.
 */
interface Extent {
	end: number;
	fields: number;
	isBlank: boolean;
	/** Every field empty (only delimiters, e.g. Excel's ";;;;"): DuckDB reads all NULL cells. */
	emptyCells: boolean;
	lines: number;
	loneCr: boolean;
}

/** The scan's state, so it can stop after any record and resume there. */
export class RecordScanner {
	position = 0;
	private readonly delim: number;
	private readonly keep: Array<[number, number]> = [];
	private readonly malformed: ScannedRecords['malformed'] = [];
	private readonly segments: ScannedRecords['segments'] = [];
	private fieldCount = -1;
	private headerLine = 1;
	private recordCount = 0;
	private emptyRecords = 0;
	private line = 1;
	private nextQuote = -1;
	/** Positions of lone CRs that end a record: turned into LF in the data DuckDB reads. */
	private readonly loneCrs: number[] = [];
	/** Size of `data` so far, and where each part starts in it. */
	private dataSize = 0;
	private readonly parts: ScannedRecords['parts'] = [];

	constructor(
		private readonly bytes: Uint8Array,
		delimiter: string,
		private readonly partBytes = PART_BYTES
	) {
		this.delim = delimiter.charCodeAt(0);
	}

	/** Scans whole records until the position reaches `until` (or the end). */
	scan(until: number): void {
		const { bytes } = this;
		while (this.position < bytes.length && this.position < until) {
			const start = this.position;
			if (this.nextQuote !== bytes.length && this.nextQuote < start) {
				const at = bytes.indexOf(QUOTE, start);
				this.nextQuote = at < 0 ? bytes.length : at;
			}
			const r = recordExtent(bytes, start, this.delim, this.nextQuote);
			const startLine = this.line;
			this.line += r.lines;
			this.position = r.end;
			if (r.loneCr) this.loneCrs.push(r.end - 1);
			if (r.isBlank) continue;
			if (this.fieldCount < 0) {
				this.fieldCount = r.fields;
				this.headerLine = startLine;
			} else if (r.fields !== this.fieldCount) {
				const text = decodeLine(bytes, start, r.end);
				this.malformed.push({ line: startLine, fields: r.fields, text });
			} else {
				const offset = startLine - this.recordCount;
				if (this.segments.at(-1)?.offset !== offset)
					this.segments.push({ firstRecord: this.recordCount, offset });
				const last = this.parts.at(-1);
				if (!last || this.dataSize - last.start >= this.partBytes)
					this.parts.push({ start: this.dataSize, firstRecord: this.recordCount });
				appendRange(this.keep, start, r.end);
				this.dataSize += r.end - start;
				this.recordCount++;
				if (r.emptyCells) this.emptyRecords++;
			}
		}
	}

	result(): ScannedRecords {
		return {
			fieldCount: Math.max(this.fieldCount, 0),
			data: joinRanges(withLf(this.bytes, this.loneCrs), this.keep),
			recordCount: this.recordCount,
			emptyRecords: this.emptyRecords,
			parts: this.parts,
			segments: this.segments,
			malformed: this.malformed,
			headerLine: this.headerLine
		};
	}
}

/**
 * The record at `start`. Most records hold no quote before their newline (`nextQuote` is the
 * first quote at or after `start`): the newline is found by the native `indexOf` and only
 * delimiters are counted; the others take the byte-by-byte path.
 */
function recordExtent(bytes: Uint8Array, start: number, delim: number, nextQuote: number): Extent {
	const newline = bytes.indexOf(LF, start);
	let stop = newline < 0 ? bytes.length : newline;
	if (nextQuote < stop) return quotedExtent(bytes, start, delim);
	let fields = 1;
	let loneCr = false;
	for (let i = start; i < stop; i++) {
		const b = bytes[i];
		if (b === delim) fields++;
		// A CR not followed by LF ends the record (a CR right before the LF is a CRLF).
		else if (b === CR && bytes[i + 1] !== LF) {
			stop = i;
			loneCr = true;
		}
	}
	let isBlank = fields === 1;
	for (let i = start; isBlank && i < stop; i++) {
		const b = bytes[i];
		isBlank = b === CR || b === SPACE || b === TAB;
	}
	const end = loneCr || newline >= 0 ? stop + 1 : stop;
	// Nothing but delimiters (and the CR of a CRLF) between start and stop.
	const width = stop - start - (stop > start && bytes[stop - 1] === CR ? 1 : 0);
	const emptyCells = !isBlank && width === fields - 1;
	return { end, fields, isBlank, emptyCells, lines: 1, loneCr };
}

/** A record that may hold quoted fields, read the way a CSV reader does. */
function quotedExtent(bytes: Uint8Array, start: number, delim: number): Extent {
	const n = bytes.length;
	let fields = 1;
	let lines = 1;
	let isBlank = true;
	let atFieldStart = true;
	let inQuotes = false;
	let loneCr = false;
	let i = start;
	for (; i < n; i++) {
		const b = bytes[i]!;
		if (inQuotes) {
			if (b === QUOTE) {
				if (bytes[i + 1] === QUOTE) i++;
				else inQuotes = false;
			} else if (b === LF || isLoneCr(bytes, i)) lines++;
		} else if (b === LF) break;
		else if (isLoneCr(bytes, i)) {
			loneCr = true;
			break;
		} else if (b === delim) {
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
	// Quoted empty fields ("";"") are not counted: the fast path then defers to the full checks.
	return { end: i < n ? i + 1 : n, fields, isBlank, emptyCells: false, lines, loneCr };
}

/** A CR not followed by LF (at the end of the file too). */
function isLoneCr(bytes: Uint8Array, i: number): boolean {
	return bytes[i] === CR && bytes[i + 1] !== LF;
}

/** `bytes`, or a copy with LF at the lone CRs that end records (the caller's file stays as it is). */
function withLf(bytes: Uint8Array, loneCrs: number[]): Uint8Array {
	if (loneCrs.length === 0) return bytes;
	const copy = bytes.slice();
	for (const at of loneCrs) copy[at] = LF;
	return copy;
}

function decodeLine(bytes: Uint8Array, start: number, end: number): string {
	return new TextDecoder().decode(bytes.subarray(start, end)).replace(/\r?\n$|\r$/, '');
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
