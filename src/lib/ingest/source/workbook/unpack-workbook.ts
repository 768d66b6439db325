/**
 * Opens a workbook's ZIP (.xlsx, .ods) without trusting it: the central directory is read first
 * and the file refused for its declared size before anything is inflated; then each part is
 * inflated with a hard stop at its declared size (a part that lies about it is refused too),
 * and the parts are packed again, uncompressed, for SheetJS. SheetJS therefore never inflates
 * anything itself: its own inflater would allocate whatever size a crafted header declares.
 */
import { Inflate, zipSync } from 'fflate';
import { fileProblem, type Problem } from '../../report/problems.ts';
import {
	WORKBOOK_MAX_BYTES,
	WORKBOOK_MAX_CELLS,
	WORKBOOK_MAX_PARTS,
	megabytes
} from './workbook-limits.ts';
import { odsCellCount } from './ods-repeats.ts';
import { readZipDirectory, ZipError, type ZipEntry } from './zip-directory.ts';

/** Pictures are never read (SheetJS ignores drawings): left packed, they cost nothing. */
const PICTURE = /\.(png|jpe?g|gif|bmp|emf|wmf|tiff?|svg|wdp)$/i;
/** Input pushed to the inflater at a time: at most ~1,000× that comes out before a check. */
const SLICE = 16 * 1024;

/** A workbook ZIP as SheetJS may read it (all parts stored), or why it is refused. */
export function unpackWorkbook(bytes: Uint8Array): { bytes: Uint8Array } | { problem: Problem } {
	let entries: ZipEntry[];
	try {
		entries = readZipDirectory(bytes, WORKBOOK_MAX_PARTS);
	} catch (error) {
		if (error instanceof ZipError) return unreadable(error.message);
		throw error;
	}
	const names = new Set(entries.map((e) => e.name));
	const isOds = names.has('content.xml');
	if (!isOds && !names.has('xl/workbook.xml') && !names.has('xl/workbook.bin'))
		return {
			problem: fileProblem('not_a_workbook', {
				parts: entries
					.slice(0, 3)
					.map((e) => e.name)
					.join(', ')
			})
		};
	const declared = entries.reduce((sum, e) => sum + e.size, 0);
	if (declared > WORKBOOK_MAX_BYTES)
		return {
			problem: fileProblem('workbook_too_large', {
				found: megabytes(declared),
				limit: megabytes(WORKBOOK_MAX_BYTES)
			})
		};
	if (entries.some((e) => e.flags & 1)) return { problem: fileProblem('workbook_encrypted') };
	const parts: Record<string, Uint8Array> = Object.create(null);
	for (const entry of entries) {
		if (PICTURE.test(entry.name) || entry.name.endsWith('/')) continue;
		if (entry.method !== 0 && entry.method !== 8)
			return unreadable(`compression method ${entry.method} (${entry.name})`);
		const part = inflatePart(bytes, entry);
		if (!part) return unreadable(`${entry.name} is larger than it declares`);
		parts[entry.name] = part;
	}
	if (isOds) {
		const cells = odsCellCount(new TextDecoder().decode(parts['content.xml']), WORKBOOK_MAX_CELLS);
		if (cells > WORKBOOK_MAX_CELLS)
			return {
				problem: fileProblem('too_many_cells', { found: cells, limit: WORKBOOK_MAX_CELLS })
			};
	}
	return { bytes: zipSync(parts, { level: 0 }) };
}

/** The part's bytes, or null when it inflates past its declared size (or is truncated). */
function inflatePart(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
	const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
	if (entry.method === 0) return data.length === entry.size ? data : null;
	const out = new Uint8Array(entry.size);
	let size = 0;
	let isOver = false;
	const inflater = new Inflate((chunk) => {
		if (size + chunk.length > entry.size) isOver = true;
		else out.set(chunk, size);
		size += chunk.length;
	});
	try {
		for (let at = 0; at < data.length && !isOver; at += SLICE)
			inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
		if (data.length === 0) inflater.push(data, true);
	} catch {
		return null; // not a valid deflate stream, or cut short
	}
	return isOver || size !== entry.size ? null : out;
}

function unreadable(error: string): { problem: Problem } {
	return { problem: fileProblem('workbook_unreadable', { error }) };
}
