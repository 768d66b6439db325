// Each G5 country's profile is prerendered from SIPRI's data with the same SQL the browser runs.
import { countryEntries, countryProfileData } from '$lib/server/country-profile-data.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = countryEntries;

export const load: PageServerLoad = async ({ params }) =>
	(await countryProfileData(params.country, params.lang)).data;
