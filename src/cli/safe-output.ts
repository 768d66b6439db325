/**
 * The terminal is no sink for hostile bytes: a cell holding `ESC[2J` would clear the user's
 * screen, `ESC]0;…BEL` retitle the window, backspaces rewrite what was printed, a bidi override
 * reorder it. Everything `vigie` writes goes through `guardOutput`, which shows such characters
 * as `\u001b`-style escapes instead: messages, mappings, tables, CSV and JSON alike, for every
 * command present and future. The escape is JSON's own, so a JSON document stays valid and
 * parses back to the same text; JSON.stringify already escapes C0 controls, so its output is
 * unchanged but for DEL, C1 controls and bidi controls.
 */

/**
 * What a terminal acts on rather than shows: C0 controls but tab and line feed, DEL, C1 controls
 * (U+009B is a CSI on some terminals), the bidi embedding, override and isolate controls, and a
 * carriage return that does not end a line (it lets a later text overwrite an earlier one; CRLF
 * ends each line of the CSV exports).
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNSAFE =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
/* eslint-enable no-control-regex */

/** `text` with each unsafe character written as `\uXXXX`. */
export function escapeControls(text: string): string {
	return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Write = NodeJS.WriteStream['write'];

/** Makes every later write to `stream` (console.log and console.error included) escaped. */
export function guardStream(stream: NodeJS.WriteStream): void {
	const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
	stream.write = ((chunk: unknown, ...rest: unknown[]) => {
		const text =
			typeof chunk === 'string'
				? chunk
				: chunk instanceof Uint8Array
					? Buffer.from(chunk).toString('utf8')
					: chunk;
		return write(typeof text === 'string' ? escapeControls(text) : text, ...rest);
	}) as Write;
}

/** Guards the process's standard output and error: call once, before any command prints. */
export function guardOutput(): void {
	guardStream(process.stdout);
	guardStream(process.stderr);
}
