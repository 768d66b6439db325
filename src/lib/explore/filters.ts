/**
 * The filters shared by every exploration view, as they live in the URL query string
 * (`?country=MLI,NER&from=2018&to=2023&category=capital&method=direct`), so a reload, back/forward
 * or a pasted link shows exactly the same view. Every value is checked against a closed list or a
 * strict pattern; anything else is dropped and named in `ignored` for the page to report. Values
 * reach SQL only as bound parameters (`filterWhere`).
 */
import { CODE_RULES } from '../ingest/fields/code-lists.ts';
import { COUNTRIES } from '../ingest/fields/countries.ts';

export type Basis = 'local' | 'usd';

export type ExploreFilters = {
	/** ISO 3166-1 alpha-3 codes; empty = every country. */
	country: string[];
	from: number | null;
	to: number | null;
	institution: string | null;
	sector: string | null;
	category: string | null;
	method: string | null;
	/** Amounts in local currency, or in constant US$ where a conversion is available. */
	basis: Basis;
};

export const FILTER_KEYS = [
	'country',
	'from',
	'to',
	'institution',
	'sector',
	'category',
	'method',
	'basis'
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const EMPTY_FILTERS: ExploreFilters = {
	country: [],
	from: null,
	to: null,
	institution: null,
	sector: null,
	category: null,
	method: null,
	basis: 'local'
};

const codes = (list: keyof typeof CODE_RULES) => CODE_RULES[list].map(([code]) => code);
export const SECTORS = codes('sector');
export const CATEGORIES = codes('category');
/**
 * The procurement view's method categories a filter can pick: the stated methods, and the
 * derogatory / defence-secret regime with no stated method (`derogation`, the same rule as its
 * chart: src/lib/procurement/method-categories.ts).
 */
export const METHODS = [...codes('method'), 'derogation'];
const KNOWN_COUNTRIES = new Set(COUNTRIES.map((c) => c.iso3));
/** Long enough for any ministry's name; no control characters (they would only hide text). */
const INSTITUTION = /^[^\p{Cc}]{1,160}$/u;

function parseYear(raw: string): number | null {
	if (!/^\d{4}$/.test(raw)) return null;
	const year = Number(raw);
	return year >= 1950 && year <= 2100 ? year : null;
}

type Parsed = { filters: ExploreFilters; ignored: string[] };

/** Reads the filters from a query string; an invalid parameter is ignored and listed. */
export function parseFilters(params: URLSearchParams): Parsed {
	const filters: ExploreFilters = { ...EMPTY_FILTERS, country: [] };
	const ignored: string[] = [];
	const oneOf = (key: 'sector' | 'category' | 'method', allowed: string[]) => {
		const raw = params.get(key);
		if (raw === null || raw === '') return;
		if (allowed.includes(raw)) filters[key] = raw;
		else ignored.push(key);
	};
	const country = params.get('country');
	if (country) {
		const list = country.split(',').map((c) => c.trim().toUpperCase());
		if (list.every((c) => KNOWN_COUNTRIES.has(c))) filters.country = [...new Set(list)].sort();
		else ignored.push('country');
	}
	for (const key of ['from', 'to'] as const) {
		const raw = params.get(key);
		if (raw === null || raw === '') continue;
		const year = parseYear(raw);
		if (year === null) ignored.push(key);
		else filters[key] = year;
	}
	if (filters.from !== null && filters.to !== null && filters.from > filters.to)
		[filters.from, filters.to] = [filters.to, filters.from];
	const institution = params.get('institution');
	if (institution !== null && institution !== '') {
		if (INSTITUTION.test(institution)) filters.institution = institution;
		else ignored.push('institution');
	}
	oneOf('sector', SECTORS);
	oneOf('category', CATEGORIES);
	oneOf('method', METHODS);
	const basis = params.get('basis');
	if (basis === 'usd') filters.basis = 'usd';
	else if (basis !== null && basis !== 'local') ignored.push('basis');
	return { filters, ignored };
}

/** The query string for filters (leading `?`, or '' when all are empty), keys in a fixed order. */
export function filtersQuery(filters: ExploreFilters, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams();
	if (filters.country.length) params.set('country', filters.country.join(','));
	for (const key of ['from', 'to', 'institution', 'sector', 'category', 'method'] as const)
		if (filters[key] !== null) params.set(key, String(filters[key]));
	if (filters.basis !== 'local') params.set('basis', filters.basis);
	for (const [key, value] of Object.entries(extra)) params.set(key, value);
	// Commas and colons are legal in a query: `country=MLI,NER&drill=classified:MLI:2021` reads
	// better in a pasted link than `%2C` and `%3A`.
	const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
	return query ? `?${query}` : '';
}

/**
 * Where each filter applies in one table: SQL expressions written by the view's author (never
 * from input). A filter with no column here does not apply to that table.
 */
export type FilterColumns = Partial<
	Record<'country' | 'year' | 'institution' | 'sector' | 'category' | 'method', string>
>;

/** `WHERE …` (or '') with `?` placeholders, and the values to bind, in order. */
export function filterWhere(
	filters: ExploreFilters,
	columns: FilterColumns
): { sql: string; params: unknown[] } {
	const clauses: string[] = [];
	const params: unknown[] = [];
	if (columns.country && filters.country.length) {
		clauses.push(`${columns.country} IN (${filters.country.map(() => '?').join(', ')})`);
		params.push(...filters.country);
	}
	if (columns.year && filters.from !== null) {
		clauses.push(`${columns.year} >= ?`);
		params.push(filters.from);
	}
	if (columns.year && filters.to !== null) {
		clauses.push(`${columns.year} <= ?`);
		params.push(filters.to);
	}
	for (const key of ['institution', 'sector', 'category', 'method'] as const) {
		const column = columns[key];
		if (column && filters[key] !== null) {
			clauses.push(`${column} = ?`);
			params.push(filters[key]);
		}
	}
	return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
