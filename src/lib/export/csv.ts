/**
 * CSV for spreadsheets, safe to open: UTF-8 with a BOM (so Excel reads accents), `,` or `;`
 * (French Excel), a commented header block (source, formula, filters, date), and text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) neutralised with a
 * leading apostrophe (OWASP "CSV injection"). Numbers stay numbers.
 */
export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string, separator: string): string {
	return /["\r\n]/.test(value) || value.includes(separator)
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

/** `header` lines are written first as `# …` comments; `rows[0]` is the column row. */
export function toCsv(
	rows: Cell[][],
	options: { separator?: ',' | ';'; header?: string[] } = {}
): string {
	const separator = options.separator ?? ',';
	const cell = (v: Cell) =>
		v === null ? '' : typeof v === 'number' ? String(v) : quote(neutraliseCell(v), separator);
	const lines = [
		...(options.header ?? []).map((line) => quote(neutraliseCell(`# ${line}`), separator)),
		...rows.map((row) => row.map(cell).join(separator))
	];
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
