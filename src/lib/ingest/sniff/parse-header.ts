/**
 * Splits a header such as "Crédits votés (en millions de FCFA)" into the words that name the
 * field ("credits votes") and the unit they carry: a scale (×1e6) and a currency word.
 */
import { normalizeText } from '../fields/normalize-text.ts';

export interface ParsedHeader {
	/** Normalised field words, units removed: compared with HEADER_SYNONYMS. */
	key: string;
	/** Multiplier that turns a cell into currency units (1, 1e3, 1e6, 1e9). */
	scale: number;
	/** Currency code, or 'FCFA' (resolved to XOF or XAF by country), when the header names one. */
	currency?: string;
}

const SCALES: Array<[RegExp, number]> = [
	[/\b(milliards?|billions?|mds?|mrds?)\b/, 1e9],
	[/\b(millions?|mio|mns?)\b/, 1e6],
	[/\b(milliers?|thousands?|k|000)\b/, 1e3]
];

/** Currency words (normalised) → code. 'FCFA' stays symbolic until the country is known. */
export const CURRENCY_WORDS: Array<[string, string]> = [
	['f cfa', 'FCFA'],
	['fcfa', 'FCFA'],
	['franc cfa', 'FCFA'],
	['francs cfa', 'FCFA'],
	['cfa', 'FCFA'],
	['xof', 'XOF'],
	['xaf', 'XAF'],
	['mru', 'MRU'],
	['ouguiya', 'MRU'],
	['ouguiyas', 'MRU'],
	['um', 'MRU'],
	['usd', 'USD'],
	['dollars', 'USD'],
	['us dollars', 'USD'],
	['eur', 'EUR'],
	['euros', 'EUR'],
	['euro', 'EUR']
];

const UNIT_WORDS =
	/\b(en|in|de|of|d|milliards?|billions?|mds?|mrds?|millions?|mio|mns?|milliers?|thousands?|k|000)\b/g;

/** Field words, scale and currency of one header cell. */
export function parseHeader(header: string): ParsedHeader {
	const key = normalizeText(header);
	const units = normalizeText(
		[...header.matchAll(/[([]([^)\]]*)[)\]]/g)].map((m) => m[1]).join(' ') || header
	);
	const scale = SCALES.find(([re]) => re.test(units))?.[1] ?? 1;
	const currency = CURRENCY_WORDS.find(([word]) => ` ${units} `.includes(` ${word} `))?.[1];
	let words = normalizeText(header.replace(/[([][^)\]]*[)\]]/g, ' '));
	if (scale !== 1 || currency) {
		for (const [word] of CURRENCY_WORDS) words = ` ${words} `.replace(` ${word} `, ' ').trim();
		// Only strip unit words when a unit was found, so "Nombre de …" keeps its "de".
		const stripped = words
			.replace(/\ben (milliards?|millions?|milliers?)\b.*$/, '')
			.replace(UNIT_WORDS, ' ');
		words = normalizeText(stripped) || words;
	}
	return { key: words || key, scale, currency };
}
