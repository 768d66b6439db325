/**
 * JSON Lines (one compiled release per line, what Cardinal and ocdskit read and write): line by
 * line, each parsed on its own (`JSON.parse` of one line is a few kilobytes), so a 100 MB file is
 * never one string. Blank lines are skipped. A line that is not JSON stops the import with its
 * line number: a half-read file would give wrong totals.
 */
import { InvalidJsonError } from './invalid-json.ts';

/** Calls `onValue(value, line)` for each non-blank line of `bytes` (line numbers from 1). */
export function streamJsonLines(
	bytes: Uint8Array,
	onValue: (value: unknown, line: number) => void
): void {
	const decoder = new TextDecoder();
	let line = 0;
	for (let start = 0; start < bytes.length;) {
		const end = bytes.indexOf(0x0a, start);
		const stop = end < 0 ? bytes.length : end;
		line++;
		const text = decoder.decode(bytes.subarray(start, stop)).trim();
		start = stop + 1;
		if (!text) continue;
		onValue(parseLine(text, line, end < 0), line);
	}
}

function parseLine(text: string, line: number, isLast: boolean): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// V8 says "at position 7", Firefox "at line 1 column 8": the character found there
		const at = /position (\d+)/.exec(message) ?? /column (\d+)/.exec(message);
		const index = at ? Number(at[1]) - (at[0].startsWith('column') ? 1 : 0) : text.length;
		const ended = index >= text.length || /end of (JSON )?(input|data)|Unterminated/i.test(message);
		if (ended && isLast) throw new InvalidJsonError(line, null); // a truncated last line
		throw new InvalidJsonError(line, ended ? '⏎' : (text[index] ?? '⏎'));
	}
}
