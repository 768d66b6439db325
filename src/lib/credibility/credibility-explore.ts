/**
 * The budget credibility view as the explore controller sees it (`ExploreSpec`). It reads budget
 * lines (the user's, or the labelled demo) and, beside them, real series loaded through the same
 * engine: BOOST and the cited governance tables (`real-tables.ts`). Only the reader of those
 * files differs between the build (Node, `server/data-files.ts`) and the browser
 * (`browser-data-files.ts`), hence a spec made for a reader. A drill is stale when it lies
 * outside the filters or its mark is not on the page. Node-runnable: the build prerenders with it.
 */
import type { Drill } from '../explore/drill-codec.ts';
import type { ExploreSpec } from '../explore/explore-spec.ts';
import { CATEGORIES, SECTORS } from '../explore/filters.ts';
import {
	CREDIBILITY_DRILLS,
	credibilityDrill,
	drillInFilters,
	type CredibilityDrill
} from './credibility-drill.ts';
import {
	credibilityLoader,
	loadCredibilityDrill,
	type CredibilityDrillData,
	type CredibilityViewData
} from './credibility-view-data.ts';
import { queryFilterOptions, type CredibilityScope } from './filter-options.ts';
import { ensureRealTables, type DataFileReader } from './real-tables.ts';

export type CredibilitySpec = ExploreSpec<
	CredibilityScope,
	CredibilityViewData,
	CredibilityDrillData
>;

/** Whether the page shows the mark a drill opens. */
export function hasMark(view: CredibilityViewData, d: CredibilityDrill): boolean {
	switch (d.kind) {
		case 'year':
			return view.totals.some(
				(r) => r.country === d.country && r.currency === d.currency && r.year === d.year
			);
		case 'institution':
		case 'category':
			return (d.kind === 'institution' ? view.byInstitution : view.byCategory).some(
				(g) => g.country === d.country && g.currency === d.currency && g.item === d.item
			);
		case 'sources':
			return view.triangulation.some((r) => r.country === d.country && r.year === d.year);
	}
}

export function credibilityExplore(read: DataFileReader): CredibilitySpec {
	return {
		id: 'credibility',
		kinds: ['budget'],
		drills: CREDIBILITY_DRILLS,
		open: async (engine) => {
			await ensureRealTables(engine, read);
			return { scope: await queryFilterOptions(engine), load: credibilityLoader(engine) };
		},
		// The view is about defence and security: other sectors are not offered.
		choices: (scope) => ({
			countries: scope.countries,
			years: scope.years,
			institutions: scope.institutions,
			sectors: SECTORS.filter((s) => s === 'defence' || s === 'security'),
			categories: CATEGORIES,
			basis: true
		}),
		fits: (drill: Drill, filters, view) => {
			const d = credibilityDrill(drill);
			return drillInFilters(d, filters) && hasMark(view, d);
		},
		loadDrill: (engine, drill, filters) =>
			loadCredibilityDrill(engine, credibilityDrill(drill), filters)
	};
}
