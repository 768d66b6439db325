/**
 * Streams an OCDS JSON file with @streamparser/json: each release of a package (`releases`), each
 * record (`records`), a record's own `compiledRelease`, or each element of a top-level array is
 * handed over as soon as it is parsed and then dropped, so a 100 MB package never sits in memory
 * as one object (`JSON.parse` of the whole text would hold it several times over). DuckDB's
 * `read_json` would need the json extension, which Vigie cannot fetch (README, "OCDS").
 */
import { TokenParser, Tokenizer } from '@streamparser/json';
import { InvalidJsonError, lineAt } from './invalid-json.ts';

/** Where a value handed over sits in the file. */
export type JsonRole = 'releases' | 'records' | 'compiledRelease' | 'ocid' | 'element';

const OBJECT_PATHS = ['$.releases.*', '$.records.*', '$.compiledRelease', '$.ocid'];

/**
 * Calls `onValue` with each release, record, compiled release or array element of `bytes`, in
 * file order, and returns whether the top level is an object or an array. Throws
 * `InvalidJsonError` (with its line) on malformed or truncated JSON.
 */
export function streamOcdsJson(
	bytes: Uint8Array,
	onValue: (value: unknown, role: JsonRole) => void
): 'object' | 'array' {
	const root = firstByte(bytes) === 0x5b ? 'array' : 'object';
	// `keepStack: false`: a member nobody asked for is dropped as soon as it is complete.
	const paths = root === 'array' ? ['$.*'] : OBJECT_PATHS;
	parse(bytes, paths, ({ value, key, stack }) => {
		if (root === 'array') return onValue(value, 'element');
		const role = stack.length === 1 ? key : stack[1]?.key;
		onValue(value, role as JsonRole);
	});
	return root;
}

/** The whole top-level value (a bare release: one process, so it is small enough). */
export function parseWholeJson(bytes: Uint8Array): unknown {
	let whole: unknown;
	parse(bytes, ['$'], ({ value }) => (whole = value));
	return whole;
}

type Emitted = { value: unknown; key?: string | number; stack: { key?: string | number }[] };

function parse(bytes: Uint8Array, paths: string[], onValue: (e: Emitted) => void): void {
	const tokenizer = new Tokenizer();
	const parser = new TokenParser({ paths, keepStack: false });
	let offset = 0;
	// An error of the caller's (a record it cannot read) is not a JSON error: passed through.
	let own: unknown;
	parser.onValue = (info) => {
		try {
			onValue(info as Emitted);
		} catch (error) {
			throw (own = error);
		}
	};
	tokenizer.onToken = (token) => {
		offset = token.offset;
		parser.write(token);
	};
	try {
		tokenizer.write(bytes);
		tokenizer.end();
	} catch (error) {
		if (error === own) throw error;
		const message = error instanceof Error ? error.message : String(error);
		if (/ended in the middle|ended in mid-parsing/.test(message))
			throw new InvalidJsonError(lineAt(bytes, bytes.length), null);
		// The tokenizer names the byte and its position; the token parser only the token.
		const byte = /Unexpected "(.)".*absolute position "(\d+)"/s.exec(message);
		const token = /Unexpected (?:partial )?\w+ \((.*)\) in state/s.exec(message);
		const position = byte ? Number(byte[2]) : offset;
		throw new InvalidJsonError(lineAt(bytes, position), byte?.[1] ?? token?.[1] ?? '?');
	}
	if (!parser.isEnded) throw new InvalidJsonError(lineAt(bytes, bytes.length), null);
}

function firstByte(bytes: Uint8Array): number {
	let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (
		i < bytes.length &&
		(bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
	)
		i++;
	return bytes[i] ?? -1;
}
