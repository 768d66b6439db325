/** The data shapes of the share charts (bars and table columns), shared by their components. */
import type { Cell } from '../../export/csv.ts';

export type ShareBar = {
	country: string;
	year: number;
	value: number | null;
	/** Short text over the bar (`14,7 %`). */
	text: string;
	/** Full accessible text with the exact value and its context. */
	label: string;
	note?: string;
	/** The `drill=` value that opens this bar's rows. */
	drill: string;
};

/** `value` is exported as is (CSV); `text`, when given, is what the table shows. */
export type TableColumn = {
	label: string;
	value: (bar: ShareBar) => Cell;
	text?: (bar: ShareBar) => string;
	numeric?: boolean;
};
