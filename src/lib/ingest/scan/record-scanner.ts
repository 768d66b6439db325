/**
 * The byte loop behind `scanRecords`: record boundaries found the way a CSV reader finds them,
 * resumable after any record so the page can scan a large file in slices.
 */
import type { CellFlags, ScannedRecords } from './scan-records.ts';

/** One part of the data, with what its cells may hold, and its bytes. */
export interface ScannedPart {
	start: number;
	firstRecord: number;
	cells: CellFlags;
	bytes: Uint8Array;
}

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
	/** A space at a cell's start or end may exist (conservative: true when unsure). */
	edgeSpace: boolean;
	/** A tab or two spaces in a row may exist in a cell (line breaks are counted in `lines`). */
	innerSpace: boolean;
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
	private titlesLeft: number;
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
		private readonly partBytes = PART_BYTES,
		/** Title rows the sniff found above the header (`Sniff.titles`): passed over. */
		titleRecords = 0
	) {
		this.delim = delimiter.charCodeAt(0);
		this.titlesLeft = titleRecords;
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
			// Before the header, a row of bare delimiters is blank too (as the sniff reads it), and
			// title rows are passed over: line numbers still count them.
			if (this.fieldCount < 0 && (r.emptyCells || this.titlesLeft > 0)) {
				if (!r.emptyCells) this.titlesLeft--;
				continue;
			}
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
				let part = this.parts.at(-1);
				if (!part || this.dataSize - part.start >= this.partBytes) {
					const cells = { edgeSpace: false, breaksOrRuns: false };
					part = { start: this.dataSize, firstRecord: this.recordCount, cells };
					this.parts.push(part);
				}
				appendRange(this.keep, start, r.end);
				this.dataSize += r.end - start;
				this.recordCount++;
				if (r.emptyCells) this.emptyRecords++;
				part.cells.edgeSpace ||= r.edgeSpace;
				part.cells.breaksOrRuns ||= r.innerSpace || r.lines > 1;
			}
		}
	}

	get finished(): boolean {
		return this.position >= this.bytes.length;
	}

	/** Whether the data so far is the file's own bytes: nothing cut out or changed. */
	get untouched(): boolean {
		return this.keep.length <= 1 && this.loneCrs.length === 0 && this.malformed.length === 0;
	}

	/** The record → line segments found so far (final for the records already scanned). */
	get segmentsSoFar(): ScannedRecords['segments'] {
		return this.segments;
	}

	/** Fields of the header (0 before it is found). */
	get headerFields(): number {
		return Math.max(this.fieldCount, 0);
	}

	/**
	 * Part `index` as a view of the file's bytes, once the scan is past its end and while the data
	 * is `untouched` (else null: only `result().data` holds the data DuckDB must read).
	 */
	completePart(index: number): ScannedPart | null {
		const part = this.parts[index];
		const next = this.parts[index + 1];
		if (!part || (!next && !this.finished) || !this.untouched) return null;
		const offset = this.keep[0]![0];
		const end = next?.start ?? this.dataSize;
		return { ...part, bytes: this.bytes.subarray(offset + part.start, offset + end) };
	}

	result(): ScannedRecords {
		const cells = this.parts.reduce(
			(all, p) => ({
				edgeSpace: all.edgeSpace || p.cells.edgeSpace,
				breaksOrRuns: all.breaksOrRuns || p.cells.breaksOrRuns
			}),
			{ edgeSpace: false, breaksOrRuns: this.loneCrs.length > 0 }
		);
		return {
			fieldCount: Math.max(this.fieldCount, 0),
			data: joinRanges(withLf(this.bytes, this.loneCrs), this.keep),
			recordCount: this.recordCount,
			emptyRecords: this.emptyRecords,
			cells,
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
	let edgeSpace = bytes[start] === SPACE;
	let innerSpace = false;
	for (let i = start; i < stop; i++) {
		const b = bytes[i];
		if (b === delim) {
			fields++;
			if (bytes[i - 1] === SPACE || bytes[i + 1] === SPACE) edgeSpace = true;
		}
		// A CR not followed by LF ends the record (a CR right before the LF is a CRLF).
		else if (b === CR && bytes[i + 1] !== LF) {
			stop = i;
			loneCr = true;
		} else if (b === SPACE) {
			if (bytes[i + 1] === SPACE) innerSpace = true;
		} else if (b === TAB) innerSpace = true;
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
	if (width > 0 && bytes[start + width - 1] === SPACE) edgeSpace = true;
	return { end, fields, isBlank, emptyCells, edgeSpace, innerSpace, lines: 1, loneCr };
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
	// Conservative: any space beside a delimiter, a quote or a line end may be at a cell's edge.
	let edgeSpace = false;
	let innerSpace = false;
	let i = start;
	for (; i < n; i++) {
		const b = bytes[i]!;
		if (b === SPACE) {
			const next = bytes[i + 1];
			if (next === SPACE || next === TAB) innerSpace = true;
			if (i === start || isEdge(bytes[i - 1], delim) || next === undefined || isEdge(next, delim))
				edgeSpace = true;
		} else if (b === TAB && b !== delim) innerSpace = true;
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
	const end = i < n ? i + 1 : n;
	return { end, fields, isBlank, emptyCells: false, edgeSpace, innerSpace, lines, loneCr };
}

function isEdge(b: number | undefined, delim: number): boolean {
	return b === delim || b === QUOTE || b === LF || b === CR;
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
