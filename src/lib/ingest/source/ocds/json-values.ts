/** Careful readers of parsed OCDS JSON, whose fields may be missing, null or of the wrong type. */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as JsonObject)
		: undefined;
}

export function asObjects(value: unknown): JsonObject[] {
	return Array.isArray(value) ? value.map(asObject).filter((o) => o !== undefined) : [];
}

/** A non-empty name or code: trimmed text, or a number written as text; else undefined. */
export function asName(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed ? trimmed : undefined;
}

/** OCDS nests a few levels; a value nested deeper than this where a name belongs is refused. */
export const MAX_DEPTH = 32;

/** A value nested deeper than `MAX_DEPTH`, the same in Node and in a browser Worker. */
export class TooDeepError extends Error {}

/**
 * A cell as written for the import's checks: text as is, a number or boolean as text, an object
 * or array as its JSON (the import then says why it is not a number or date). Empty: undefined.
 */
export function asCell(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string') return value.trim() ? value : undefined;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	checkDepth(value);
	return JSON.stringify(value);
}

/**
 * Throws `TooDeepError` when `value` nests deeper than `MAX_DEPTH`. Iterative: a value nested
 * ten thousand deep must not overflow the stack here (JSON.stringify would, in Node but not in
 * Chromium's Worker, which would then import what Node refuses).
 */
export function checkDepth(value: unknown): void {
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length) {
		const [item, depth] = stack.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		if (depth > MAX_DEPTH) throw new TooDeepError();
		for (const child of Object.values(item)) stack.push([child, depth + 1]);
	}
}
