// A country's trend chart as an embed: every measure prerendered, the country highlighted.
import { openGovernanceDataset } from '$lib/server/governance-dataset.ts';
import { queryTrendEvents } from '$lib/server/trend-events.ts';
import { G5, type G5Country } from '$lib/trends/measures.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	G5.flatMap((c) => [
		{ lang: undefined, country: c.toLowerCase() },
		{ lang: 'en', country: c.toLowerCase() }
	]);

export const load: PageServerLoad = async ({ params }) => {
	const engine = await openGovernanceDataset();
	const years = await querySeriesYears(engine);
	const country = params.country.toUpperCase() as G5Country;
	const locale = params.lang === 'en' ? 'en' : 'fr';
	const events = await queryTrendEvents(engine, locale, years.first, years.last);
	return {
		country,
		years,
		series: await queryAllMeasures(engine, years.first, years.last),
		events: events.filter((e) => e.country === country)
	};
};
