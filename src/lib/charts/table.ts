/**
 * The columns of a data table, shared by what the page shows (`DataTable`) and what the CSV
 * export writes (`tableCells`), so the two can never say different things.
 */
import type { Cell } from '../export/csv.ts';

export type Column<R> = {
	key: string;
	/** Header text: never empty (an empty `<th>` names nothing; axe `empty-table-header`). */
	label: string;
	/** Right-aligned, tabular figures. */
	numeric?: boolean;
	/** What the cell shows, formatted for the reader. */
	text: (row: R) => string;
	/** What the CSV holds (unformatted number, code); defaults to `text`. */
	value?: (row: R) => Cell;
};

export type RowGroup<R> = { label: string; rows: R[] };

/** Rows as one list, whether given flat or grouped. */
export const allRows = <R>(rows?: R[], groups?: RowGroup<R>[]): R[] =>
	rows ?? (groups ?? []).flatMap((g) => g.rows);

/**
 * The table as CSV cells: the header row, then one row per data row. Grouped rows get the
 * group's label as a first column, so the CSV keeps what the table's row groups say.
 */
export function tableCells<R>(
	columns: Column<R>[],
	rows: R[] | undefined,
	groups?: RowGroup<R>[],
	groupLabel = ''
): Cell[][] {
	const cells = (r: R) => columns.map((c) => (c.value ? c.value(r) : c.text(r)));
	if (rows || !groups) return [columns.map((c) => c.label), ...(rows ?? []).map(cells)];
	return [
		[groupLabel, ...columns.map((c) => c.label)],
		...groups.flatMap((g) => g.rows.map((r) => [g.label, ...cells(r)]))
	];
}

/** Column labels that would make an empty header cell: a programming error, named. */
export function emptyHeaders<R>(columns: Column<R>[]): string[] {
	return columns.filter((c) => !c.label.trim()).map((c) => c.key);
}
