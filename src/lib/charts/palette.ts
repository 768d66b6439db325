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
 * One colour per procurement method in every view, ordered from most to least competitive, so
 * "direct" reads as the warm end. Okabe–Ito again; `text` passes AA on white.
 */
export const METHOD_COLOURS: Record<string, { fill: string; text: string }> = {
	open: { fill: '#0072B2', text: '#005a8c' },
	selective: { fill: '#56B4E9', text: '#1f6f99' },
	limited: { fill: '#E69F00', text: '#8a5f00' },
	direct: { fill: '#D55E00', text: '#a64a00' },
	none: { fill: '#999999', text: '#555555' }
};
export const METHOD_ORDER = ['open', 'selective', 'limited', 'direct', 'none'] as const;

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
