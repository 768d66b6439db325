/**
 * The state of an exploration view in its URL: the shared filters (`filters.ts`, the filter
 * codec) and the open drill (`drill-codec.ts`), read together so every view reports the same
 * ignored parameters the same way, and written back in one fixed order so a link is stable.
 */
import {
	readDrill,
	drillValue,
	type Drill,
	type DrillGrammar,
	type DrillRead
} from './drill-codec.ts';
import { filtersQuery, parseFilters, type ExploreFilters } from './filters.ts';

export type ExploreUrl = {
	filters: ExploreFilters;
	/** The canonical query of the filters alone (`''` for none): the key of a computed view. */
	filterKey: string;
	drill: DrillRead;
	/** Parameters ignored because invalid (filters, and `drill` when it is not one of this view's). */
	ignored: string[];
};

export function readExploreUrl(params: URLSearchParams, grammar: DrillGrammar): ExploreUrl {
	const { filters, ignored } = parseFilters(params);
	const drill = readDrill(params.get('drill'), grammar);
	return {
		filters,
		filterKey: filtersQuery(filters),
		drill,
		ignored: drill.status === 'invalid' ? [...ignored, 'drill'] : ignored
	};
}

/** The query string (`?…`, or `''`) of filters and an optional drill. */
export const exploreQuery = (filters: ExploreFilters, drill?: Drill | null): string =>
	filtersQuery(filters, drill ? { drill: drillValue(drill) } : {});

/**
 * The parameters to report: the URL's invalid ones, plus `drill` when a valid drill is stale
 * (it does not fit the filters or no longer points to anything on the page).
 */
export const ignoredParams = (url: ExploreUrl, isStale: boolean): string[] =>
	isStale && !url.ignored.includes('drill') ? [...url.ignored, 'drill'] : url.ignored;
