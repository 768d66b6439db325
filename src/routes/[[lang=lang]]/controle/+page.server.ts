// The view is computed at build time by DuckDB in Node, with the loader the browser runs, on the
// site's default datasets and default filters: charts, key findings and tables are in the HTML.
// The published data (OBS, PEFA, GDI, dated events) are read once, at build time, too: no import
// changes them, and the filters only select their rows.
import { queryOversightPicture, type OversightPicture } from '$lib/governance/oversight-picture.ts';
import { exploreInitial } from '$lib/server/explore-initial.ts';
import { openGovernanceDataset } from '$lib/server/governance-dataset.ts';
import { oversightExplore } from '$lib/oversight/oversight-explore.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

let picture: Promise<OversightPicture> | undefined;

export const load: PageServerLoad = async () => ({
	initial: await exploreInitial(oversightExplore),
	picture: await (picture ??= openGovernanceDataset().then(queryOversightPicture))
});
