import { MARKER_PATTERN } from './sipri-cell.ts';

/** A country label split into its plain name and the footnote symbols attached to it. */
export interface CountryLabel {
	name: string;
	markers: string[];
}

/**
 * Splits a SIPRI row label such as `Niger ‡` or `Mali¹` into a comparable name and its
 * markers. Names are NFC-normalised, whitespace-collapsed and lower-cased so that padding,
 * non-breaking spaces or a footnote symbol never stop a match.
 */
export function splitCountryLabel(raw: string): CountryLabel {
	const markers = raw.match(MARKER_PATTERN) ?? [];
	const name = raw
		.normalize('NFC')
		.replace(MARKER_PATTERN, '')
		.replace(/\s+/gu, ' ')
		.trim()
		.toLowerCase();
	return { name, markers };
}
