/**
 * The indicators page as the explore controller sees it (`ExploreSpec`): it reads budget lines,
 * contracts and oversight records (SIPRI's series always), runs every registered indicator once
 * per opening, and shows for the filters a compact overview (each indicator's latest value per
 * country) and the accountability-gap matrix on those records. The detail of one indicator —
 * every row with its coverage — is a drill, `drill=indicator:<id>`, kept in the URL and
 * computed for that indicator alone. Node-runnable: the build prerenders the page with it.
 */
import type { Drill } from '../../explore/drill-codec.ts';
import { part, type DrillGrammar } from '../../explore/drill-codec.ts';
import type { ExploreSpec } from '../../explore/explore-spec.ts';
import type { ExploreFilters } from '../../explore/filters.ts';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import { INDICATORS } from '../../indicators/index.ts';
import { selectionDomain } from '../../indicators/indicator-set.ts';
import { runIndicators } from '../../indicators/run-indicators.ts';
import { COUNTRIES } from '../../ingest/fields/countries.ts';
import { isInFilters, resultSelection } from '../../oversight/oversight-results.ts';
import { oversightScope, type OversightScope } from '../../oversight/oversight-tables.ts';
import { buildOverview, type OverviewRow } from './overview.ts';

export type IndicatorsScope = {
	/** Countries with results (ISO codes: SIPRI's regions stay in the detail and the download). */
	countries: string[];
	years: number[];
	/** Dataset ids by table, for the provenance line. */
	datasets: OversightScope['datasets'];
	/** What every result spans (SIPRI's regions too): the download's default selection. */
	domain: { countries: string[]; from: number | null; to: number | null };
	/** Results per country-year, `[country, year, n]`: the download counts its selection. */
	counts: [string, number, number][];
};

export type IndicatorsView = {
	/** The countries the overview has a column for. */
	countries: string[];
	overview: OverviewRow[];
	/** The accountability-gap rows in the filters: the matrix on imported (or demo) records. */
	matrix: IndicatorResult[];
};

export type IndicatorDetail = { id: string; rows: IndicatorResult[] };

export const INDICATOR_IDS = INDICATORS.map((i) => i.id);
export const INDICATOR_DRILLS: DrillGrammar = {
	indicator: [part.oneOf('indicator', INDICATOR_IDS)]
};

const KNOWN = new Set(COUNTRIES.map((c) => c.iso3));

/** The view of `results` for the filters. */
export function indicatorsView(
	results: readonly IndicatorResult[],
	countries: readonly string[],
	filters: ExploreFilters
): IndicatorsView {
	const kept = results.filter((r) => isInFilters(r, filters));
	const shown = filters.country.length
		? countries.filter((c) => filters.country.includes(c))
		: [...countries];
	return {
		countries: shown,
		overview: buildOverview(kept, shown),
		matrix: kept.filter((r) => r.id === 'accountability-gap')
	};
}

/** The indicator a valid drill names. */
export const drillIndicator = (drill: Drill) => drill.parts[0] ?? '';

export const indicatorsExplore: ExploreSpec<IndicatorsScope, IndicatorsView, IndicatorDetail> = {
	id: 'indicators',
	kinds: ['budget', 'contracts', 'oversight'],
	drills: INDICATOR_DRILLS,
	open: async (engine) => {
		const results = await runIndicators(engine);
		const { datasets } = await oversightScope(engine);
		const countries = [...new Set(results.map((r) => r.country))].filter((c) => KNOWN.has(c));
		const years = [...new Set(results.map((r) => r.year))].filter((y) => y >= 1950 && y <= 2100);
		const counts = new Map<string, [string, number, number]>();
		for (const r of results) {
			const entry = counts.get(`${r.country}|${r.year}`) ?? [r.country, r.year, 0];
			entry[2] += 1;
			counts.set(`${r.country}|${r.year}`, entry);
		}
		return {
			scope: {
				countries: countries.sort(),
				years: years.sort((a, b) => a - b),
				datasets,
				domain: selectionDomain(results),
				counts: [...counts.values()]
			},
			load: async (filters) => indicatorsView(results, countries, filters)
		};
	},
	choices: (scope) => ({ countries: scope.countries, years: scope.years }),
	// Stale when the indicator has no row in the filters: there is nothing to detail.
	fits: (drill, _filters, view) =>
		view.overview.some((r) => r.id === drillIndicator(drill) && r.count > 0),
	loadDrill: async (engine, drill, filters) => {
		const id = drillIndicator(drill);
		return { id, rows: await runIndicators(engine, { ids: [id], ...resultSelection(filters) }) };
	}
};
