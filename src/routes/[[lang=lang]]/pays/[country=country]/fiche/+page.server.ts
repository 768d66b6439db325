// The printable brief of each G5 country, prerendered in French and English: key figures and
// charts as on the profile, plus the SIPRI indicators computed here with their own SQL.
import { openDefaultDataset } from '$lib/server/default-dataset.ts';
import { milexBurden } from '$lib/indicators/milex-burden/indicator.ts';
import { milexGrowth } from '$lib/indicators/milex-growth/indicator.ts';
import { runIndicator } from '$lib/indicators/run-indicators.ts';
import { queryLatestFigures } from '$lib/trends/country-profile.ts';
import { queryGrowth } from '$lib/trends/growth.ts';
import { G5, type G5Country } from '$lib/trends/measures.ts';
import { queryAllMeasures, querySeriesYears } from '$lib/trends/series.ts';
import { briefIndicatorRows } from '$lib/views/country/brief-indicators.ts';
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
	// Only the SIPRI indicators: they need the `milex` table alone (no canonical tables created).
	const results = [
		...(await runIndicator(engine, milexBurden)),
		...(await runIndicator(engine, milexGrowth))
	];
	return {
		country,
		years,
		constant: all.usd_constant_2023,
		shareGdp: all.share_gdp,
		latest: await queryLatestFigures(engine, country),
		growth: (await queryGrowth(engine, DEFAULT_GROWTH_FROM, years.last)).find(
			(r) => r.country === country
		),
		indicators: briefIndicatorRows(results, country),
		generated: new Date().toISOString().slice(0, 10)
	};
};
