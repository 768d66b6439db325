// The view is computed at build time by DuckDB in Node, with the loader the browser runs, on the
// site's default datasets and default filters; the real tables (BOOST, governance) are read
// from `data/` through the same engine: charts, key findings and tables are in the HTML.
import { credibilityExplore } from '$lib/credibility/credibility-explore.ts';
import { nodeDataFiles } from '$lib/server/data-files.ts';
import { exploreInitial } from '$lib/server/explore-initial.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageServerLoad = async () => ({
	initial: await exploreInitial(credibilityExplore(nodeDataFiles()))
});
