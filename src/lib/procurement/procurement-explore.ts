/**
 * The procurement view as the explore controller sees it (`ExploreSpec`): it reads contracts;
 * opens by building its tables and reading the filter choices; a drill is stale when its mark
 * is not on the page for the current filters (no bar for that year and method, no derogation
 * point, a flag with no flagged contract, a supplier outside the top ten, a page past the
 * last). Node-runnable: the build prerenders with it.
 */
import type { Drill } from '../explore/drill-codec.ts';
import type { ExploreSpec } from '../explore/explore-spec.ts';
import { METHODS } from '../explore/filters.ts';
import {
	PROCUREMENT_DRILLS,
	procurementDrill,
	type ProcurementDrill
} from './procurement-drill.ts';
import { FLAGGED_PAGE } from './procurement-queries.ts';
import {
	loadProcurementDrill,
	openProcurement,
	type ProcurementDrillData,
	type ProcurementScope,
	type ProcurementViewData
} from './procurement-view-data.ts';

/** Whether the page shows the mark a drill opens. */
export function hasMark(view: ProcurementViewData, d: ProcurementDrill): boolean {
	const year = (y: number) => view.overview.years.find((r) => r.year === y);
	switch (d.kind) {
		case 'bar':
			return !!year(d.year)?.methods.some((m) => m.method === d.method && m.n > 0);
		case 'derog':
			return (year(d.year)?.derogation ?? null) !== null;
		case 'flag':
			return (view.overview.flags.find((f) => f.id === d.flag)?.flagged ?? 0) > 0;
		case 'supplier':
			return view.suppliers.some((s) => s.supplier_norm === d.name);
		case 'flagged':
			return d.page < Math.ceil(view.overview.flagged / FLAGGED_PAGE);
	}
}

export const procurementExplore: ExploreSpec<
	ProcurementScope,
	ProcurementViewData,
	ProcurementDrillData
> = {
	id: 'procurement',
	kinds: ['contracts'],
	drills: PROCUREMENT_DRILLS,
	open: openProcurement,
	choices: (scope) => ({
		countries: scope.countries,
		years: scope.years,
		institutions: scope.buyers,
		methods: METHODS,
		basis: true
	}),
	// The filters narrow the view itself (every query reads them): a mark still on the page is in them.
	fits: (drill: Drill, _filters, view) => hasMark(view, procurementDrill(drill)),
	loadDrill: (engine, drill, filters) =>
		loadProcurementDrill(engine, procurementDrill(drill), filters)
};
