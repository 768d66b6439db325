/**
 * The key findings of a country profile, from real published data only: SIPRI's real growth and
 * share of GDP, the latest national budget figure (with its scope, beside SIPRI's figure for the
 * same year), the latest PEFA assessment's oversight scores, the latest Open Budget Survey (or,
 * for Mauritania which it does not cover, the GDI band), and the latest dated event bearing on
 * spending. Each carries where it was published (`cite`). Pure: `country-findings.test.ts`
 * checks every number against the data files.
 */
import type { BudgetFigure, GovernanceEvent } from '../governance/budgets-events.ts';
import type { GdiValue, ObsScore, PefaScore } from '../governance/scores.ts';
import type { LatestFigure } from '../trends/country-profile.ts';
import type { GrowthRow } from '../trends/growth.ts';
import type { Finding, FindingParams } from './finding.ts';
import { gdiBand, latestBudget, pefaCode } from './country-findings-facts.ts';

/** Everything a profile's findings are built from, each series as its query returns it. */
export type CountryFacts = {
	country: string;
	growth: { from: number; to: number; row: GrowthRow | undefined };
	latest: Record<string, LatestFigure>;
	/** SIPRI's current local-currency series for the country: `year → value`. */
	sipriLocal: Record<number, number>;
	pefa: PefaScore[];
	obs: ObsScore[];
	gdi: GdiValue[];
	budgets: BudgetFigure[];
	/** The country's dated events bearing on spending, oldest first. */
	events: GovernanceEvent[];
	sipriCitation: string;
};

/** A finding with where its figures were published, to link to. */
export type CountryFinding = Finding & { cite: { label: string; url: string } };

/** Where a profile's finding was published (KeyFindings' `cite`). */
export const findingCite = (f: Finding) => (f as Partial<CountryFinding>).cite;

type Build = (f: CountryFacts) => CountryFinding | null;

const make = (
	f: CountryFacts,
	id: string,
	type: string,
	params: FindingParams,
	anchor: string,
	cite: { label: string; url: string }
): CountryFinding => ({
	id: `country-${id}`,
	view: 'country',
	type,
	params: { country: f.country, ...params },
	source: { indicators: [], kinds: [] },
	anchor,
	isDemo: false,
	cite
});

const SIPRI_URL = 'https://www.sipri.org/databases/milex';

const growth: Build = (f) => {
	const g = f.growth.row?.growth;
	const gdp = f.latest.share_gdp;
	if (g == null || !gdp) return null;
	return make(
		f,
		'growth',
		'country_growth',
		{ growth: g, from: f.growth.from, to: f.growth.to, gdp: gdp.value, year: gdp.year },
		'trend-usd_constant_2023',
		{ label: f.sipriCitation, url: SIPRI_URL }
	);
};

const budget: Build = (f) => {
	const b = latestBudget(f.budgets);
	if (!b) return null;
	const sipri = f.sipriLocal[b.year];
	const params: FindingParams = {
		year: b.year,
		amount: b.value,
		currency: b.unit,
		scope: b.scope,
		stage: b.stage
	};
	if (sipri !== undefined) params.sipri = sipri;
	return make(
		f,
		'budget',
		sipri === undefined ? 'country_budget' : 'country_budget_sipri',
		params,
		'budgets-title',
		{ label: `${b.publisher} — ${b.source_title}`, url: b.source_url }
	);
};

const pefa: Build = (f) => {
	const [pi9, pi30, pi31] = ['PI-9', 'PI-30', 'PI-31'].map((c) => pefaCode(f.pefa, c));
	if (!pi9 || !pi30 || !pi31) return null;
	return make(
		f,
		'pefa',
		'country_pefa',
		{ year: pi30.year, pi9: pi9.score, pi30: pi30.score, pi31: pi31.score },
		'scorecard-pefa',
		{ label: `${pi30.publisher} — ${pi30.source_title}`, url: pi30.source_url }
	);
};

const obsOrGdi: Build = (f) => {
	const value = (i: string) => f.obs.find((o) => o.indicator === i);
	const [transparency, oversight, participation] = [
		'transparency',
		'oversight',
		'participation'
	].map(value);
	if (transparency && oversight && participation)
		return make(
			f,
			'obs',
			'country_obs',
			{
				year: transparency.year,
				transparency: transparency.value,
				oversight: oversight.value,
				participation: participation.value
			},
			'scorecard-obs',
			{
				label: `${transparency.publisher} — ${transparency.source_title}`,
				url: transparency.source_url
			}
		);
	// Not surveyed by the OBS (Mauritania): the GDI says what is known of its defence sector.
	const band = gdiBand(f.gdi);
	if (!band) return null;
	return make(
		f,
		'gdi',
		band.edition === 'GDI 2020' ? 'country_gdi' : 'country_gdi_old',
		{ gdiBand: band.score, year: band.year },
		'scorecard-gdi',
		{ label: `${band.publisher} — ${band.source_title}`, url: band.source_url }
	);
};

const event: Build = (f) => {
	const e = f.events.at(-1);
	if (!e) return null;
	return make(
		f,
		'event',
		'country_event',
		{ date: e.date, title_fr: e.title_fr, title_en: e.title_en, publisher: e.publisher },
		'trend-usd_constant_2023',
		{ label: `${e.publisher} — ${e.source_title}`, url: e.source_url }
	);
};

/** The profile's findings, in reading order: at most five. */
export function countryFindings(facts: CountryFacts): CountryFinding[] {
	return [growth, budget, pefa, obsOrGdi, event]
		.map((build) => build(facts))
		.filter((f): f is CountryFinding => f !== null);
}
