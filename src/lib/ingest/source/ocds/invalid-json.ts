/**
 * A file that is not valid JSON: the line where reading stopped and the character found there,
 * or null when the file ends before the JSON does (a truncated download).
 */
export class InvalidJsonError extends Error {
	constructor(
		readonly line: number,
		readonly unexpected: string | null
	) {
		super(
			`invalid JSON at line ${line}${unexpected === null ? ' (truncated)' : `: ${unexpected}`}`
		);
		this.name = 'InvalidJsonError';
	}
}

/** 1-based line of byte `position` of `bytes`. */
export function lineAt(bytes: Uint8Array, position: number): number {
	let line = 1;
	const end = Math.min(position, bytes.length);
	for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) line++;
	return line;
}
