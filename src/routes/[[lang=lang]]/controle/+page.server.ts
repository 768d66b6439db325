// The view is computed at build time by DuckDB in Node, with the loader the browser runs, on the
// site's default datasets and default filters: charts, key findings and tables are in the HTML.
import { exploreInitial } from '$lib/server/explore-initial.ts';
import { oversightExplore } from '$lib/oversight/oversight-explore.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageServerLoad = async () => ({
	initial: await exploreInitial(oversightExplore)
});
