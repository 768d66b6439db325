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

/** What an activated cell or mark opens: a heading, its parts, and what to mark or say. */
export type PanelContent = {
	heading: string;
	rows: PanelRow[];
	/** The part the reader activated: marked in the table. */
	highlight?: string;
	/** Said under the heading (that the records are fictitious, a source's note). */
	note?: string;
	/** Column headers other than the default ones (a timeline: kind, event, date). */
	headers?: Partial<Record<'label' | 'value' | 'level' | 'year' | 'source', string>>;
};
