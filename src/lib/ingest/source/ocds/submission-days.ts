/**
 * The submission period in whole days, as Cardinal's R003 computes it
 * (open-contracting/cardinal-rs `src/indicators/r003.rs`): both dates parsed as RFC 3339
 * date-times, then `(end − start).num_days()`, which truncates toward zero — so 14 days 23:59:59
 * is 14 days. Dates that are not RFC 3339 date-times give no duration here (Cardinal skips them);
 * the import then checks them as dates, and derives the days from date-only values itself.
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an RFC 3339 date-time, or null. */
export function parseDateTime(value: unknown): number | null {
	if (typeof value !== 'string' || !RFC3339.test(value)) return null;
	const ms = Date.parse(value.replace(' ', 'T'));
	return Number.isFinite(ms) ? ms : null;
}

/**
 * Whole days from `start` to `end`; `backwards` when the period ends a day or more before it
 * starts (the import reports that on the dates); null when either is not a date-time.
 */
export function submissionDays(start: unknown, end: unknown): number | 'backwards' | null {
	const from = parseDateTime(start);
	const to = parseDateTime(end);
	if (from === null || to === null) return null;
	const days = Math.trunc((to - from) / DAY_MS);
	return days < 0 ? 'backwards' : days + 0; // + 0 turns -0 (minus a few hours) into 0
}
