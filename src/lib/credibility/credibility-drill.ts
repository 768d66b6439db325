/**
 * Drill-down of the credibility view in the explore codec's grammar (`drill-codec.ts`): which
 * mark was opened, so a shared link reopens it. A stage bar opens its country-year's lines
 * (`year:MLI:XOF:2021`), a gap row its institution or category (`category:TCD:XAF:capital`,
 * `institution:NER:USD:Gendarmerie nationale` — the institution last: free text), and a row of
 * the triangulation chart the cited figures of its country-year (`sources:BFA:2023`). The
 * currency part is the panel's: the lines' own, or `USD` on the constant-dollar basis.
 */
import { makeDrill, part, type Drill, type DrillGrammar } from '../explore/drill-codec.ts';
import { CATEGORIES, type ExploreFilters } from '../explore/filters.ts';

export type LinesDrill =
	| { kind: 'year'; country: string; currency: string; year: number }
	| { kind: 'institution' | 'category'; country: string; currency: string; item: string };
export type SourcesDrill = { kind: 'sources'; country: string; year: number };
export type CredibilityDrill = LinesDrill | SourcesDrill;

export const CREDIBILITY_DRILLS: DrillGrammar = {
	year: [part.country, part.currency, part.year],
	category: [part.country, part.currency, part.oneOf('category', CATEGORIES)],
	institution: [part.country, part.currency, part.text('institution')],
	sources: [part.country, part.year]
};

/** The typed drill of a valid `Drill` read with `CREDIBILITY_DRILLS`. */
export function credibilityDrill(d: Drill): CredibilityDrill {
	const [country = '', second = '', third = ''] = d.parts;
	if (d.chart === 'sources') return { kind: 'sources', country, year: Number(second) };
	if (d.chart === 'year') return { kind: 'year', country, currency: second, year: Number(third) };
	return { kind: d.chart as 'institution' | 'category', country, currency: second, item: third };
}

/** The codec's drill of a mark. */
export function toDrill(d: CredibilityDrill): Drill {
	if (d.kind === 'sources') return makeDrill('sources', d.country, d.year);
	if (d.kind === 'year') return makeDrill('year', d.country, d.currency, d.year);
	return makeDrill(d.kind, d.country, d.currency, d.item);
}

/**
 * Whether the drilled mark lies inside the filters: its country, and its year (gap rows sum the
 * filtered years, so they have none of their own), in the basis the filters ask for.
 */
export function drillInFilters(d: CredibilityDrill, f: ExploreFilters): boolean {
	if (f.country.length && !f.country.includes(d.country)) return false;
	if (d.kind !== 'sources' && (d.currency === 'USD') !== (f.basis === 'usd')) return false;
	if (d.kind === 'year' || d.kind === 'sources')
		return (f.from === null || d.year >= f.from) && (f.to === null || d.year <= f.to);
	return true;
}
