// Each G5 country's profile is prerendered from SIPRI's data with the same SQL the browser runs.
import { openDefaultDataset } from '$lib/server/default-dataset.ts';
import { queryLatestFigures } from '$lib/trends/country-profile.ts';
import { queryGrowth } from '$lib/trends/growth.ts';
import { G5, type G5Country } from '$lib/trends/measures.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import { DEFAULT_GROWTH_FROM } from '$lib/views/trends/trend-state.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	G5.flatMap((c) => [
		{ lang: undefined, country: c.toLowerCase() },
		{ lang: 'en', country: c.toLowerCase() }
	]);

export const load: PageServerLoad = async ({ params }) => {
	const country = params.country.toUpperCase() as G5Country;
	const engine = await openDefaultDataset();
	const years = await querySeriesYears(engine);
	const all = await queryAllMeasures(engine, years.first, years.last);
	return {
		country,
		years,
		constant: all.usd_constant_2023,
		shareGdp: all.share_gdp,
		latest: await queryLatestFigures(engine, country),
		growth: (await queryGrowth(engine, DEFAULT_GROWTH_FROM, years.last)).find(
			(r) => r.country === country
		)
	};
};
