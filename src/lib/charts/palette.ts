/**
 * One colour per country across every view, from the Okabe–Ito colour-blind-safe palette.
 * `text` variants are darkened so direct labels pass WCAG AA contrast on white.
 */
export const COUNTRY_COLOURS: Record<string, { line: string; text: string }> = {
	BFA: { line: '#0072B2', text: '#005a8c' },
	MLI: { line: '#D55E00', text: '#a64a00' },
	MRT: { line: '#009E73', text: '#00704f' },
	NER: { line: '#CC79A7', text: '#9c4a7a' },
	TCD: { line: '#E69F00', text: '#8a5f00' },
	G5: { line: '#333333', text: '#333333' }
};

export function countryColour(iso3: string) {
	return COUNTRY_COLOURS[iso3] ?? { line: '#666666', text: '#444444' };
}

/**
 * One colour per procurement method category in every view (the categories and their order are
 * the procurement layer's: src/lib/procurement/method-categories.ts), cool for competitive, warm
 * for direct award, a dark purple for the derogatory / defence-secret regime with no stated
 * method, grey for a method not stated. Okabe–Ito again; `text` passes AA on white.
 */
export const METHOD_COLOURS: Record<string, { fill: string; text: string }> = {
	open: { fill: '#0072B2', text: '#005a8c' },
	selective: { fill: '#56B4E9', text: '#1f6f99' },
	limited: { fill: '#E69F00', text: '#8a5f00' },
	direct: { fill: '#D55E00', text: '#a64a00' },
	derogation: { fill: '#7A3B69', text: '#7A3B69' },
	none: { fill: '#999999', text: '#555555' }
};

/** Budget stages, voted → revised → executed, light to dark so the order reads without colour. */
export const STAGE_COLOURS = { approved: '#9ecae1', revised: '#4292c6', executed: '#08306b' };

/** Economic categories (budget lines). */
export const CATEGORY_COLOURS: Record<string, string> = {
	personnel: '#0072B2',
	goods_services: '#E69F00',
	capital: '#009E73',
	transfers: '#CC79A7',
	other: '#999999'
};

/**
 * Levels read as risk in the heatmaps (accountability matrix, scorecards): orange for a concern
 * (weak oversight, fast growth), pale orange to watch, blue when it holds, white with a dashed
 * border when nothing is published. Orange against blue stays apart for colour-blind readers,
 * the lightness steps too, and every cell also carries a symbol. `ink` passes AA on `fill`.
 */
export const LEVEL_TONES: Record<
	'concern' | 'watch' | 'fine' | 'none',
	{ fill: string; ink: string; dashed?: boolean }
> = {
	concern: { fill: '#f4a582', ink: '#111111' },
	watch: { fill: '#fde3c8', ink: '#111111' },
	fine: { fill: '#bcd8ec', ink: '#111111' },
	none: { fill: '#ffffff', ink: '#555555', dashed: true }
};
