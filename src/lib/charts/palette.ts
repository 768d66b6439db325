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
