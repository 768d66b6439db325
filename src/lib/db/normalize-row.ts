/**
 * Makes engine values plain JSON-friendly numbers, strings, booleans or null, so the two
 * engines' rows compare equal. BIGINT/HUGEINT arrive as bigint; DECIMAL as objects with
 * a numeric conversion; both become numbers (Vigie's values are far below 2^53).
 */
export function normalizeValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value === null || value === undefined) return null;
	if (typeof value === 'object') {
		if (value instanceof Date) return value.toISOString();
		const maybe = value as { toDouble?: () => number };
		if (typeof maybe.toDouble === 'function') return maybe.toDouble();
		return String(value);
	}
	return value;
}

export function normalizeRow<T>(row: Record<string, unknown>): T {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) out[key] = normalizeValue(value);
	return out as T;
}
