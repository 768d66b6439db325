/**
 * OCDS flattened by Flatten Tool into one CSV sheet (one row per release): each heading is a JSON
 * path (`tender/procurementMethod`, `awards/1/suppliers/0/name`) and each row is unflattened back
 * into a release — every award of the row, not only the first — then read like the JSON. Values
 * stay text (Flatten Tool writes numbers as text); the import checks them as for any CSV.
 */
import Papa from 'papaparse';
import { detectDelimiter } from '../../sniff/detect-delimiter.ts';
import { detectEncoding } from '../../sniff/detect-encoding.ts';
import { SNIFF_BYTES } from '../../sniff/sniff-file.ts';
import type { JsonObject } from './json-values.ts';

/** Calls `onRelease(release, line)` for each data row (`line`: where it starts in the file). */
export function streamFlattened(
	bytes: Uint8Array,
	onRelease: (release: JsonObject, line: number) => void
): void {
	const encoding = detectEncoding(bytes.subarray(0, SNIFF_BYTES)).value;
	const text = new TextDecoder(encoding).decode(bytes);
	const delimiter = detectDelimiter(text.slice(0, SNIFF_BYTES)).value;
	let paths: (string | number)[][] | null = null;
	let line = 1; // line where the next row starts
	let counted = 0; // characters of `text` whose line breaks are in `line`
	Papa.parse<string[]>(text, {
		delimiter,
		step: ({ data, meta }) => {
			const start = line;
			line += countBreaks(text, counted, meta.cursor);
			counted = meta.cursor;
			if (!paths) paths = data.map(headingPath);
			else if (data.some((cell) => cell.trim() !== '')) onRelease(unflatten(paths, data), start);
		}
	});
}

function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

/** `awards/0/value/amount` → ['awards', 0, 'value', 'amount']. */
function headingPath(heading: string): (string | number)[] {
	return heading
		.trim()
		.split('/')
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** One row back into nested objects and arrays; blank cells are left out. */
function unflatten(paths: (string | number)[][], cells: string[]): JsonObject {
	const root: JsonObject = {};
	paths.forEach((path, column) => {
		const value = cells[column];
		if (value === undefined || value.trim() === '' || path.length === 0) return;
		let node: Record<string | number, unknown> = root;
		path.forEach((key, depth) => {
			if (depth === path.length - 1) return void (node[key] = value);
			const next = node[key];
			const container = typeof path[depth + 1] === 'number' ? [] : {};
			node = (typeof next === 'object' && next !== null ? next : (node[key] = container)) as Record<
				string | number,
				unknown
			>;
		});
	});
	return root;
}
