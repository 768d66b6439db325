// A country's trend chart as an embed: every measure prerendered, the country highlighted.
import { openDefaultDataset } from '$lib/server/default-dataset.ts';
import { G5, type G5Country } from '$lib/trends/measures.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	G5.flatMap((c) => [
		{ lang: undefined, country: c.toLowerCase() },
		{ lang: 'en', country: c.toLowerCase() }
	]);

export const load: PageServerLoad = async ({ params }) => {
	const engine = await openDefaultDataset();
	const years = await querySeriesYears(engine);
	return {
		country: params.country.toUpperCase() as G5Country,
		years,
		series: await queryAllMeasures(engine, years.first, years.last)
	};
};
