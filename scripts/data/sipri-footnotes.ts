import XLSX from '@e965/xlsx';
import type { WorkSheet } from '@e965/xlsx';
import type { SipriConversion } from './convert-sipri.ts';
import { SIPRI_COUNTRIES } from './sipri-series.ts';

/** The content of `data/sipri-footnotes.json`. */
export interface SipriFootnotes {
	citation: string;
	url: string;
	release: string;
	/** Sheet-level notes (units, symbols, estimates, regional coverage) and the symbol legend. */
	general: string[];
	/** ISO3 → the footnotes SIPRI attaches to that country, as SIPRI wrote them. */
	by_country: Record<string, string[]>;
	/** ISO3 → sheet → the symbols or footnote numbers found in the notes column, label or cells. */
	markers: Record<string, Record<string, string[]>>;
	/** Region ISO-like code → countries SIPRI leaves out of that regional total. */
	omitted_countries: Record<string, string>;
}

/** Citation and address SIPRI asks users to give. */
export const SIPRI_CITATION = 'SIPRI Military Expenditure Database, 2025';
export const SIPRI_URL = 'https://www.sipri.org/databases/milex';

interface FootnoteSheet {
	symbols: Map<string, string>;
	numbered: Map<string, string>;
}

/** Reads the `Footnotes` sheet: symbol legend rows (`†`, text) and numbered rows (n, _, text). */
export function readFootnoteSheet(ws: WorkSheet): FootnoteSheet {
	const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
	const out: FootnoteSheet = { symbols: new Map(), numbered: new Map() };
	for (const [key, second, third] of rows) {
		const k = String(key ?? '').trim();
		if (/^\d+$/.test(k) && typeof third === 'string') out.numbered.set(k, third.trim());
		else if (k.length === 1 && /[\p{P}\p{S}]/u.test(k) && typeof second === 'string') {
			out.symbols.set(k, second.replace(/\s+/g, ' ').trim());
		}
	}
	return out;
}

/** Builds the footnotes file from the `Footnotes` sheet and what the conversion found. */
export function buildSipriFootnotes(
	ws: WorkSheet,
	conversion: SipriConversion,
	release: string
): SipriFootnotes {
	const sheet = readFootnoteSheet(ws);
	const legend = [...sheet.symbols].map(([symbol, text]) => `${symbol} ${text}`);
	const preambles = Object.values(conversion.sheets).flatMap((s) => s.preamble.slice(1));
	const general = [...new Set([...preambles.map((l) => l.replace(/\s+/g, ' ')), ...legend])];
	const out: SipriFootnotes = {
		citation: SIPRI_CITATION,
		url: SIPRI_URL,
		release,
		general,
		by_country: {},
		markers: {},
		omitted_countries: {}
	};
	for (const [iso3, name] of Object.entries(SIPRI_COUNTRIES)) {
		out.markers[iso3] = collectMarkers(conversion, iso3);
		const refs = new Set(Object.values(out.markers[iso3]).flat());
		const texts = [...refs].map((r) =>
			sheet.symbols.has(r) ? `${r} ${sheet.symbols.get(r)}` : sheet.numbered.get(r)
		);
		const named = [...sheet.numbered.values()].filter((t) => t.startsWith(`${name}:`));
		out.by_country[iso3] = [...new Set([...texts, ...named].filter((t): t is string => !!t))];
	}
	for (const s of Object.values(conversion.sheets))
		Object.assign(out.omitted_countries, regionNotes(s.notes));
	return out;
}

function collectMarkers(conversion: SipriConversion, iso3: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [name, sheet] of Object.entries(conversion.sheets)) {
		const fromNotes = (sheet.notes[iso3] ?? '').split(/[\s,]+/).filter(Boolean);
		const found = [...new Set([...fromNotes, ...(sheet.markers[iso3] ?? [])])];
		if (found.length) out[name] = found;
	}
	return out;
}

function regionNotes(notes: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(notes).filter(([iso3]) => !(iso3 in SIPRI_COUNTRIES)));
}
