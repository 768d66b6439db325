/**
 * The secrecy and oversight view's findings on published data, shown before those on imported
 * (or demonstration) records: the weakest legislative oversight in the latest Open Budget Survey
 * round with its IBP band, the latest rule taking defence purchases out of the procurement code
 * (dated events), and how TI's GDI 2020 scores secret spending (Q26). Each says which of the
 * countries its source does not cover. Pure; tested against the data files.
 */
import type { OversightPicture } from '../governance/oversight-picture.ts';
import { obsLevel } from '../governance/matrix/levels.ts';
import type { Finding } from './finding.ts';

const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];

const make = (f: Omit<Finding, 'view' | 'isDemo'>): Finding => ({
	...f,
	view: 'oversight',
	isDemo: false
});

/** The countries in view (the filter's, or the five) that a source has no row for. */
const uncovered = (shown: readonly string[], covered: { country: string }[]) =>
	shown.filter((c) => !covered.some((r) => r.country === c));

function obsLegislative(
	p: OversightPicture,
	shown: readonly string[],
	surveyed: readonly string[]
): Finding | null {
	const rows = p.obs.filter((r) => r.indicator === 'legislative_oversight');
	const missing = shown.filter((c) => !surveyed.includes(c)).join(',');
	// surveyed countries without a round in the years shown: nothing to say
	if (!rows.length)
		return missing && missing.split(',').length === shown.length
			? make({
					id: 'oversight-obs',
					type: 'obs_not_covered',
					params: { uncoveredCountries: missing },
					source: { indicators: [], kinds: [], cited: ['International Budget Partnership'] },
					anchor: 'obs-chart'
				})
			: null;
	const year = Math.max(...rows.map((r) => r.year));
	const latest = rows.filter((r) => r.year === year);
	const low = [...latest].sort(
		(a, b) => a.value - b.value || a.country.localeCompare(b.country)
	)[0]!;
	const type =
		latest.length === 1
			? 'obs_legislative_one'
			: missing
				? 'obs_legislative_min'
				: 'obs_legislative_min_all';
	return make({
		id: 'oversight-obs',
		type,
		params: {
			country: low.country,
			year,
			score: low.value,
			level: `obs_${obsLevel(low.value)}`,
			n: latest.length,
			...(missing ? { uncoveredCountries: missing } : {})
		},
		source: { indicators: [], kinds: [], cited: [low.source_title] },
		anchor: 'obs-chart'
	});
}

function procurementRule(p: OversightPicture): Finding | null {
	const rules = p.events.filter((e) => e.kind === 'procurement_rule');
	const latestYear = rules.at(-1)?.date.slice(0, 4);
	const same = rules.filter((e) => e.date.slice(0, 4) === latestYear);
	const first = same[0];
	if (!first) return null;
	const others = same.filter((e) => e.country === first.country).length - 1;
	return make({
		id: 'oversight-procurement-rule',
		type: others > 0 ? 'procurement_rules' : 'procurement_rule',
		params: {
			country: first.country,
			date: first.date,
			title_fr: first.title_fr,
			title_en: first.title_en,
			others,
			year: Number(latestYear)
		},
		source: { indicators: [], kinds: [], cited: [`${first.source_title} (${first.publisher})`] },
		anchor: 'events-chart'
	});
}

function gdiSecret(p: OversightPicture, shown: readonly string[]): Finding | null {
	const q26 = p.gdi.filter(
		(r) => r.edition === 'GDI 2020' && r.indicator === 'Q26' && r.value !== null
	);
	if (!q26.length) return null;
	const values = q26.map((r) => r.value!);
	const [min, max] = [Math.min(...values), Math.max(...values)];
	const missing = uncovered(
		shown,
		p.gdi.filter((r) => r.edition === 'GDI 2020')
	).join(',');
	return make({
		id: 'oversight-gdi',
		type: `gdi_q26_${min === max ? 'same' : 'range'}${missing ? '' : '_all'}`,
		params: {
			score: min,
			scoreMax: max,
			n: q26.length,
			assessedCountries: q26.map((r) => r.country).join(','),
			...(missing ? { uncoveredCountries: missing } : {})
		},
		source: { indicators: [], kinds: [], cited: ['Transparency International, GDI 2020'] },
		anchor: 'scorecard'
	});
}

/**
 * The findings on published data (`picture`, already in the filters), for the countries in view
 * (`shown`; empty = the five). `surveyed`: the countries the Open Budget Survey covers at all,
 * so a year filter with no round is not mistaken for a country the survey leaves out.
 */
export function oversightRealFindings(
	picture: OversightPicture,
	shown: readonly string[],
	surveyed: readonly string[]
): Finding[] {
	const countries = shown.length ? shown : G5;
	return [
		obsLegislative(picture, countries, surveyed),
		procurementRule(picture),
		gdiSecret(picture, countries)
	].filter((f): f is Finding => f !== null);
}
