/** How the views name a published figure's source. Pure. */

/** A published row's source: its publisher, the document's title and address. */
export type Cited = { publisher: string; source_title: string; source_url: string };

/** `Title (Publisher)`: a figure's source in a data table or a detail panel. */
export const citation = (r: Cited) => `${r.source_title} (${r.publisher})`;
