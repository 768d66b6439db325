/** A CSV field before quoting; null and undefined become an empty field. */
export type CsvValue = string | number | null | undefined;

/**
 * Formats rows as RFC 4180 CSV: `\n` line ends, a final newline, no BOM. Numbers go through
 * `String(n)` (shortest exact round-trip form, so nothing is rounded).
 */
export function formatCsv(header: string[], rows: CsvValue[][]): string {
	return [header, ...rows].map((row) => row.map(formatField).join(',')).join('\n') + '\n';
}

function formatField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
