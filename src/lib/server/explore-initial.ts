/**
 * A view computed at build time for its prerendered page: the view's own spec (`ExploreSpec`,
 * the same loader the browser runs) on the default datasets with the default filters — there is
 * no query string at prerender time. Cached per view, so the French and English pages share one
 * computation. The page shows it at once, JavaScript or not; the explore controller then takes
 * over in the browser.
 */
import type { ExploreInitial, ExploreSpec } from '../explore/explore-spec.ts';
import { EMPTY_FILTERS } from '../explore/filters.ts';
import { openDefaultExploreData } from './default-explore-data.ts';

const cache = new Map<string, Promise<unknown>>();

export function exploreInitial<Scope, View, DrillData>(
	spec: ExploreSpec<Scope, View, DrillData>
): Promise<ExploreInitial<Scope, View>> {
	let initial = cache.get(spec.id) as Promise<ExploreInitial<Scope, View>> | undefined;
	if (!initial) {
		initial = (async () => {
			const { engine, demoKinds, publishedKinds } = await openDefaultExploreData();
			const { scope, load } = await spec.open(engine);
			const view = await load({ ...EMPTY_FILTERS, country: [] });
			return { scope, view, demoKinds, publishedKinds };
		})();
		cache.set(spec.id, initial);
	}
	return initial;
}
