// The first chart is computed at build time by DuckDB in Node, with the very SQL the browser runs
// later, so it is in the HTML before any script or the 34 MB engine arrives.
import { openDefaultDataset } from '$lib/server/default-dataset.ts';
import { DEFAULT_GROWTH_FROM, queryGrowth } from '$lib/trends/growth.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import type { PageServerLoad, EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageServerLoad = async () => {
	const engine = await openDefaultDataset();
	const years = await querySeriesYears(engine);
	return {
		years,
		series: await queryAllMeasures(engine, years.first, years.last),
		growth: await queryGrowth(engine, DEFAULT_GROWTH_FROM, years.last)
	};
};
