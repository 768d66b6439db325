/**
 * What kind of file the user gave, told from its first bytes (and its name only where the bytes
 * cannot tell), before anything is read as text. Delimited text goes straight to the CSV pipeline;
 * a workbook or an OCDS JSON file is first converted to CSV text by its adapter
 * (`convert-source.ts`), so detection, mapping, checks, errors and persistence stay one pipeline.
 */
export const SOURCE_FORMATS = ['csv', 'xlsx', 'xls', 'ods', 'ocds-json', 'ocds-jsonl'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Bytes read to decide; a JSON Lines file's first line may be longer (then it is JSON). */
export const FORMAT_SNIFF_BYTES = 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: the legacy `.xls` workbook. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An ODF package stores `mimetype` first, uncompressed: its content sits at a fixed offset. */
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The source format of a file from its bytes (and name, for JSON Lines only). */
export function detectSourceFormat(name: string, bytes: Uint8Array): SourceFormat {
	if (startsWith(bytes, ZIP)) {
		const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + ODS_MIMETYPE.length));
		return head === ODS_MIMETYPE ? 'ods' : 'xlsx';
	}
	if (startsWith(bytes, OLE2)) return 'xls';
	const first = firstSignificantByte(bytes);
	if (first !== 0x7b && first !== 0x5b) return 'csv'; // not `{` or `[`
	if (/\.(jsonl|ndjson|jsonlines)$/i.test(name)) return 'ocds-jsonl';
	return first === 0x7b && isJsonLines(bytes) ? 'ocds-jsonl' : 'ocds-json';
}

/** The first byte after a UTF-8 BOM and whitespace, or -1. */
function firstSignificantByte(bytes: Uint8Array): number {
	let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (
		i < bytes.length &&
		(bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
	)
		i++;
	return i < bytes.length ? bytes[i]! : -1;
}

/**
 * JSON Lines when the first line is a whole JSON object on its own and something follows it; a
 * release package written on one line is then JSON only if nothing follows.
 */
function isJsonLines(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, FORMAT_SNIFF_BYTES);
	const end = head.indexOf(0x0a);
	if (end < 0) return false;
	const line = new TextDecoder()
		.decode(head.subarray(0, end))
		.replace(/^\uFEFF/, '')
		.trim();
	try {
		const value: unknown = JSON.parse(line);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	} catch {
		return false;
	}
	return firstSignificantByte(bytes.subarray(end + 1)) === 0x7b;
}
