/**
 * Text encoding of a file: UTF-8 (with or without BOM) when the bytes decode strictly, else
 * Windows-1252, which Excel writes for French text on Windows (and which is Latin-1 plus the
 * typographic apostrophe, € and œ at 0x80–0x9F). UTF-16 is refused for now.
 */
import { pauseSlice } from '../scan/pause-slice.ts';

export type Encoding = 'utf-8' | 'windows-1252';

export interface Detected<T> {
	value: T;
	/** 0–1: how strongly the sample supports `value` (1 also when the user chose it). */
	confidence: number;
}

export class UnsupportedEncodingError extends Error {
	constructor(readonly encoding: string) {
		super(`unsupported encoding: ${encoding}`);
	}
}

/** Looks at `sample` (the file's first bytes). */
export function detectEncoding(sample: Uint8Array): Detected<Encoding> & { hasBom: boolean } {
	if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
		throw new UnsupportedEncodingError('UTF-16');
	}
	const hasBom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
	try {
		// stream: a multi-byte character cut by the end of the sample is not an error.
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
	} catch {
		return { value: 'windows-1252', confidence: 0.9, hasBom: false };
	}
	const isAscii = sample.every((b) => b < 0x80);
	// Pure ASCII proves nothing: accented text may come later in the file.
	return { value: 'utf-8', confidence: hasBom ? 1 : isAscii ? 0.5 : 0.95, hasBom };
}

/**
 * The whole file as UTF-8 bytes without BOM, the only form DuckDB's reader gets. For a UTF-8
 * file whose sample was pure ASCII, the rest is checked, and Windows-1252 used if it is not UTF-8.
 */
export function toUtf8(bytes: Uint8Array, encoding: Encoding, checkAll = false): Uint8Array {
	if (encoding === 'utf-8') {
		const body =
			bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
		if (!checkAll) return body;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(body);
			return body;
		} catch {
			return toUtf8(bytes, 'windows-1252');
		}
	}
	return new TextEncoder().encode(decodeWindows1252(bytes));
}

/**
 * `toUtf8` in slices of `chunk` bytes with a pause between them, so a large file's re-encoding
 * (or UTF-8 check) never holds a page's main thread for long, and a cancel is honoured.
 */
export async function toUtf8InSlices(
	bytes: Uint8Array,
	encoding: Encoding,
	checkAll = false,
	signal?: AbortSignal,
	chunk = 4 * 1024 * 1024
): Promise<Uint8Array> {
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = encoding === 'utf-8' && hasBom ? bytes.subarray(3) : bytes;
	if (encoding === 'utf-8' && !checkAll) return body;
	const decoder = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'windows-1252', {
		fatal: encoding === 'utf-8'
	});
	const parts: Uint8Array[] = [];
	try {
		for (let at = 0; at < body.length || at === 0; at += chunk) {
			const text = decoder.decode(body.subarray(at, at + chunk), {
				stream: at + chunk < body.length
			});
			if (encoding === 'windows-1252') parts.push(new TextEncoder().encode(fixC1(text)));
			await pauseSlice();
			signal?.throwIfAborted();
		}
	} catch (error) {
		if (encoding === 'utf-8' && error instanceof TypeError)
			return toUtf8InSlices(bytes, 'windows-1252', false, signal, chunk);
		throw error;
	}
	return encoding === 'utf-8' ? body : concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

// Windows-1252 at 0x80–0x9F (undefined bytes stay as they are). Browsers' TextDecoder applies it,
// but Node 20's decodes 'windows-1252' as ISO-8859-1 (C1 controls), so it is applied here too.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	return fixC1(new TextDecoder('windows-1252').decode(bytes));
}

function fixC1(text: string): string {
	return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Text of the sample in `encoding`, cut after its last complete line. */
export function decodeSample(sample: Uint8Array, encoding: Encoding, isWhole: boolean): string {
	const decoded =
		encoding === 'utf-8' ? new TextDecoder().decode(sample) : decodeWindows1252(sample);
	const text = decoded.replace(/^\uFEFF/, '');
	if (isWhole) return text;
	const end = text.lastIndexOf('\n');
	return end > 0 ? text.slice(0, end + 1) : text;
}
