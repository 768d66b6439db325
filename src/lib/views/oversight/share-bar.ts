/** The data shape of the share charts' bars, shared by their components and helpers. */
export type ShareBar = {
	country: string;
	year: number;
	value: number | null;
	/** Short text over the bar (`14,7 %`). */
	text: string;
	/** Full accessible text with the exact value and its context. */
	label: string;
	note?: string;
	/** The `drill=` value that opens this bar's rows (`classified:MLI:2021`). */
	drill: string;
};
