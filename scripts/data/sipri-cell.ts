/** Status of one SIPRI cell once converted. */
export type CellStatus = 'ok' | 'missing' | 'not_independent' | 'zero_as_missing';

/** A parsed SIPRI cell: `value` is null unless `status` is `ok`. */
export interface ParsedCell {
	value: number | null;
	status: CellStatus;
	/** Footnote symbols found glued to a text cell (e.g. `12.3‡`), in order of appearance. */
	markers: string[];
}

/** Footnote symbols SIPRI uses (see its "Footnotes" sheet), plus superscript digits and `*`. */
export const MARKER_PATTERN = /[†‡§¶‖*¹²³⁰⁴⁵⁶⁷⁸⁹]/gu;

/**
 * Parses one cell of a SIPRI data sheet.
 * `...` (2020s releases) and `. .` (older ones) mean data unavailable; `xxx` means the country
 * did not exist or was not independent. Anything else that is not a number is an error, so a
 * new symbol in a future release fails the build instead of silently becoming "missing".
 */
export function parseSipriCell(raw: unknown): ParsedCell {
	if (typeof raw === 'number') {
		if (!Number.isFinite(raw)) throw new Error(`non-finite number in SIPRI cell: ${raw}`);
		return { value: raw, status: 'ok', markers: [] };
	}
	if (raw === null || raw === undefined) return { value: null, status: 'missing', markers: [] };
	if (typeof raw !== 'string') throw new Error(`unexpected SIPRI cell type: ${typeof raw}`);
	const markers = raw.match(MARKER_PATTERN) ?? [];
	const text = raw.replace(MARKER_PATTERN, '').trim();
	if (text === '' || /^(?:(?:\.\s*){2,3}|…)$/u.test(text))
		return { value: null, status: 'missing', markers };
	if (text.toLowerCase() === 'xxx') return { value: null, status: 'not_independent', markers };
	const value = Number(text);
	if (text !== '' && Number.isFinite(value)) return { value, status: 'ok', markers };
	throw new Error(`unrecognised SIPRI cell text: ${JSON.stringify(raw)}`);
}
