// The view is computed at build time by DuckDB in Node, with the loader the browser runs, on the
// site's default datasets and default filters: charts, key findings and tables are in the HTML.
// The published data (PEFA PI-24, GDI 2020, dated rule changes) are read once, at build time,
// too: no import changes them, and the filters only select their rows.
import { exploreInitial } from '$lib/server/explore-initial.ts';
import { openGovernanceDataset } from '$lib/server/governance-dataset.ts';
import { procurementExplore } from '$lib/procurement/procurement-explore.ts';
import { queryProcurementReal, type ProcurementReal } from '$lib/procurement/procurement-real.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

let real: Promise<ProcurementReal> | undefined;

export const load: PageServerLoad = async () => ({
	initial: await exploreInitial(procurementExplore),
	real: await (real ??= openGovernanceDataset().then(queryProcurementReal))
});
