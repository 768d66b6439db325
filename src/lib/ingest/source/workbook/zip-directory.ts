/**
 * The table of contents of a ZIP file (an .xlsx or .ods is one), read from its central directory
 * without inflating anything: the name, compression method and declared sizes of each part, so a
 * workbook can be refused for its size before a single byte is decompressed.
 * Reference: PKWARE APPNOTE 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory)
 * and 4.3.16 (end of central directory).
 */

export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated; anything else is refused. */
	method: number;
	/** General purpose flags (bit 0: encrypted). */
	flags: number;
	compressedSize: number;
	/** Declared size once inflated (never trusted: inflation stops past it). */
	size: number;
	/** Where the part's data starts (after its local header). */
	dataOffset: number;
}

/** A ZIP too damaged to list, or built to mislead a reader. */
export class ZipError extends Error {
	override name = 'ZipError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 0xFFFFFFFF in a size or offset means "see the ZIP64 record": no workbook needs one. */
const ZIP64 = 0xffffffff;

/** The parts listed in the central directory, in order. Throws `ZipError`. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEndOfDirectory(view);
	const count = view.getUint16(end + 10, true);
	if (count !== view.getUint16(end + 8, true)) throw new ZipError('multi-disk archive');
	if (count > maxEntries) throw new ZipError(`${count} parts`);
	let at = view.getUint32(end + 16, true);
	const entries: ZipEntry[] = [];
	for (let i = 0; i < count; i++) {
		need(view, at, 46);
		if (view.getUint32(at, true) !== CENTRAL) throw new ZipError('bad central directory');
		const nameLength = view.getUint16(at + 28, true);
		const next =
			at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		need(view, at + 46, nameLength);
		const entry = {
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
			flags: view.getUint16(at + 8, true),
			method: view.getUint16(at + 10, true),
			compressedSize: view.getUint32(at + 20, true),
			size: view.getUint32(at + 24, true),
			dataOffset: localDataOffset(view, view.getUint32(at + 42, true))
		};
		if (entry.compressedSize === ZIP64 || entry.size === ZIP64) throw new ZipError('ZIP64 part');
		need(view, entry.dataOffset, entry.compressedSize);
		entries.push(entry);
		at = next;
	}
	return entries;
}

/** The end-of-central-directory record: last 22 bytes, or before a comment of up to 64 KB. */
function findEndOfDirectory(view: DataView): number {
	const last = view.byteLength - 22;
	for (let at = last; at >= 0 && at >= last - 0xffff; at--)
		if (view.getUint32(at, true) === EOCD) return at;
	throw new ZipError('no central directory');
}

function localDataOffset(view: DataView, at: number): number {
	need(view, at, 30);
	if (view.getUint32(at, true) !== LOCAL) throw new ZipError('bad local header');
	return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

function need(view: DataView, at: number, length: number): void {
	if (at < 0 || at + length > view.byteLength) throw new ZipError('truncated');
}
