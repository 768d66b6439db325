/**
 * What a country's profile and its printable brief show from SIPRI's data, computed at build time
 * with the same SQL the browser runs. Also the prerender list: every G5 country in both languages.
 */
import { queryLatestFigures } from '../trends/country-profile.ts';
import { DEFAULT_GROWTH_FROM, queryGrowth } from '../trends/growth.ts';
import { G5, type G5Country } from '../trends/measures.ts';
import { queryAllMeasures, querySeriesYears } from '../trends/series.ts';
import { openDefaultDataset } from './default-dataset.ts';

export const countryEntries = () =>
	G5.flatMap((c) => [
		{ lang: undefined, country: c.toLowerCase() },
		{ lang: 'en', country: c.toLowerCase() }
	]);

export async function countryProfileData(param: string) {
	const country = param.toUpperCase() as G5Country;
	const engine = await openDefaultDataset();
	const years = await querySeriesYears(engine);
	const all = await queryAllMeasures(engine, years.first, years.last);
	return {
		engine,
		data: {
			country,
			years,
			constant: all.usd_constant_2023,
			shareGdp: all.share_gdp,
			latest: await queryLatestFigures(engine, country),
			growth: (await queryGrowth(engine, DEFAULT_GROWTH_FROM, years.last)).find(
				(r) => r.country === country
			)
		}
	};
}
