/** One line of a `PartsPanel`: a part of a cell with its value, reading, year and source. */
export type PanelRow = {
	key: string;
	label: string;
	value: string;
	level?: string;
	year?: string;
	source?: string;
	url?: string;
};
