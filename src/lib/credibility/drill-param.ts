/**
 * The `drill=` URL parameter of the credibility view: which mark's source lines are open, so a
 * shared link re-opens them. Shape: `<kind>.<country>.<currency>.<value>`, e.g.
 * `year.MLI.XOF.2021`, `institution.NER.USD.Gendarmerie nationale`, `category.TCD.XAF.capital`
 * (currency `USD` = the constant-dollar basis). Parsed strictly; anything else is ignored.
 */
import { CATEGORIES } from '../explore/filters.ts';
import { COUNTRIES } from '../ingest/fields/countries.ts';

export type DrillKind = 'year' | 'institution' | 'category';

export type Drill = { kind: DrillKind; country: string; currency: string; value: string };

const KINDS: readonly string[] = ['year', 'institution', 'category'];
const KNOWN = new Set(COUNTRIES.map((c) => c.iso3));
/** Same rule as the institution filter: no control characters, a sane length. */
const INSTITUTION = /^[^\p{Cc}]{1,160}$/u;

function isValidValue(kind: DrillKind, value: string): boolean {
	if (kind === 'year') return /^\d{4}$/.test(value) && +value >= 1950 && +value <= 2100;
	if (kind === 'category') return CATEGORIES.includes(value);
	return INSTITUTION.test(value);
}

/** The drill in `raw`, or null when absent or invalid (the caller reports the latter). */
export function parseDrill(raw: string | null): Drill | null {
	if (!raw) return null;
	const [kind = '', country = '', currency = '', ...rest] = raw.split('.');
	const value = rest.join('.');
	if (!KINDS.includes(kind) || !KNOWN.has(country) || !/^[A-Z]{3}$/.test(currency)) return null;
	return isValidValue(kind as DrillKind, value)
		? { kind: kind as DrillKind, country, currency, value }
		: null;
}

export function drillParam(drill: Drill): string {
	return [drill.kind, drill.country, drill.currency, drill.value].join('.');
}
