// The trend chart as an embed: the same prerendered series as the overview (no engine in the
// embedding page), filtered in the browser by the query string.
import { openDefaultDataset } from '$lib/server/default-dataset.ts';
import { openGovernanceDataset } from '$lib/server/governance-dataset.ts';
import { queryTrendEvents } from '$lib/server/trend-events.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

export const load: PageServerLoad = async ({ params }) => {
	const engine = await openDefaultDataset();
	const years = await querySeriesYears(engine);
	const locale = params.lang === 'en' ? 'en' : 'fr';
	return {
		years,
		series: await queryAllMeasures(engine, years.first, years.last),
		events: await queryTrendEvents(await openGovernanceDataset(), locale, years.first, years.last)
	};
};
