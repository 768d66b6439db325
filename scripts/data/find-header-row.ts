/** One year column of a SIPRI sheet: its 0-based column index and the year it holds. */
export interface YearColumn {
	col: number;
	year: number;
}

/**
 * Finds the header row of a SIPRI sheet: the first row whose first cell, trimmed, is one of
 * `labels`. Its position differs between sheets and releases (older releases pad `Country` with
 * spaces), so it is never hard-coded. Throws when no row matches.
 */
export function findHeaderRow(rows: unknown[][], labels: string[] = ['Country']): number {
	const wanted = new Set(labels.map((l) => l.toLowerCase()));
	const index = rows.findIndex((row) => {
		const first = row[0];
		return typeof first === 'string' && wanted.has(first.trim().toLowerCase());
	});
	if (index < 0) throw new Error(`no header row starting with ${labels.join(' or ')}`);
	return index;
}

/**
 * Lists the header cells that are plain years (numbers or 4-digit text). Other headers such as
 * `Notes`, `Currency` or `2024 (current prices)` are skipped.
 */
export function readYearColumns(header: unknown[]): YearColumn[] {
	const columns: YearColumn[] = [];
	header.forEach((cell, col) => {
		const text =
			typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
		if (/^\d{4}$/.test(text)) columns.push({ col, year: Number(text) });
	});
	return columns;
}

/** Finds the column whose header, trimmed, equals `label` (case-insensitive), or -1. */
export function findColumn(header: unknown[], label: string): number {
	return header.findIndex(
		(cell) => typeof cell === 'string' && cell.trim().toLowerCase() === label.toLowerCase()
	);
}
