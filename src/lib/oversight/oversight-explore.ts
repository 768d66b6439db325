/**
 * The secrecy and oversight view as the explore controller sees it (`ExploreSpec`): it reads
 * budget lines, contracts and oversight records; opens with its scope and a loader; a drill is
 * stale when it lies outside the filters or its mark is not on the page (no bar for that
 * country-year, a document listed as missing). Node-runnable: the build prerenders with it.
 */
import type { Drill } from '../explore/drill-codec.ts';
import type { ExploreSpec } from '../explore/explore-spec.ts';
import { SECTORS } from '../explore/filters.ts';
import {
	drillInFilters,
	oversightDrill,
	OVERSIGHT_DRILLS,
	type OversightDrill
} from './oversight-drill.ts';
import { oversightScope, type OversightScope } from './oversight-tables.ts';
import {
	loadDrill,
	oversightLoader,
	type OversightDrillData,
	type OversightViewData
} from './oversight-view-data.ts';
import { gridKey } from './publication-grid.ts';

const at = (d: OversightDrill) => (r: { country: string; year: number }) =>
	r.country === d.country && r.year === d.year;

/** Whether the page shows the mark a drill opens. */
export function hasMark(view: OversightViewData, d: OversightDrill): boolean {
	switch (d.kind) {
		case 'classified':
		case 'derogation':
		case 'audit':
			return view.results[d.kind].some(at(d));
		case 'unaudited':
			return view.gaps.some(at(d));
		case 'document': {
			const cell = view.grid.cells.get(gridKey(d.country, d.year, d.document ?? ''));
			return !!cell && cell.status !== 'missing';
		}
	}
}

export const oversightExplore: ExploreSpec<OversightScope, OversightViewData, OversightDrillData> =
	{
		id: 'oversight',
		kinds: ['budget', 'contracts', 'oversight'],
		drills: OVERSIGHT_DRILLS,
		open: async (engine) => ({
			scope: await oversightScope(engine),
			load: oversightLoader(engine)
		}),
		// Sector: defence and security only (the classified share is about them).
		choices: (scope) => ({
			countries: scope.countries,
			years: scope.years,
			sectors: SECTORS.filter((s) => s === 'defence' || s === 'security')
		}),
		fits: (drill: Drill, filters, view) => {
			const d = oversightDrill(drill);
			return drillInFilters(d, filters) && hasMark(view, d);
		},
		loadDrill: (engine, drill, filters) => loadDrill(engine, oversightDrill(drill), filters)
	};
