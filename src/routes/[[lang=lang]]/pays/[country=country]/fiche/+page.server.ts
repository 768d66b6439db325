// The printable brief of each G5 country, prerendered in French and English: key figures and
// charts as on the profile, plus the SIPRI indicators computed here with their own SQL.
import { countryEntries, countryProfileData } from '$lib/server/country-profile-data.ts';
import { milexBurden } from '$lib/indicators/milex-burden/indicator.ts';
import { milexGrowth } from '$lib/indicators/milex-growth/indicator.ts';
import { runIndicator } from '$lib/indicators/run-indicators.ts';
import { briefIndicatorRows } from '$lib/views/country/brief-indicators.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = countryEntries;

export const load: PageServerLoad = async ({ params }) => {
	const { engine, data } = await countryProfileData(params.country, params.lang);
	// Only the SIPRI indicators: they need the `milex` table alone (no canonical tables created).
	const results = [
		...(await runIndicator(engine, milexBurden)),
		...(await runIndicator(engine, milexGrowth))
	];
	return {
		...data,
		indicators: briefIndicatorRows(results, data.country),
		generated: new Date().toISOString().slice(0, 10)
	};
};
