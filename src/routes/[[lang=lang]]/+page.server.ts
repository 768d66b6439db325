// The first chart is computed at build time by DuckDB in Node, with the very SQL the browser runs
// later, so it is in the HTML before any script or the 34 MB engine arrives.
import { openDefaultDataset } from '$lib/server/default-dataset.ts';
import { openGovernanceDataset } from '$lib/server/governance-dataset.ts';
import { queryTrendEvents } from '$lib/server/trend-events.ts';
import { DEFAULT_GROWTH_FROM, queryGrowth } from '$lib/trends/growth.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import type { PageServerLoad, EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageServerLoad = async ({ params }) => {
	const engine = await openDefaultDataset();
	const years = await querySeriesYears(engine);
	const locale = params.lang === 'en' ? 'en' : 'fr';
	return {
		years,
		series: await queryAllMeasures(engine, years.first, years.last),
		growth: await queryGrowth(engine, DEFAULT_GROWTH_FROM, years.last),
		// Every trend event of the period, in the page's language: the chart's choice filters them.
		events: await queryTrendEvents(await openGovernanceDataset(), locale, years.first, years.last)
	};
};
