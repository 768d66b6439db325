/**
 * A country profile's findings on the shipped data, as the prerendered profile shows them. Every
 * expected value is read by hand from data/sipri-milex.csv, data/national-budgets.csv,
 * data/governance-scores.csv and data/events.csv (the rows are quoted in comments).
 */
import { describe, expect, test } from 'vitest';
import { countryProfileData } from '../server/country-profile-data.ts';
import { findingSentence } from './finding-text.ts';
import { countryFindings, type CountryFacts } from './country-findings.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const profile = async (iso3: string) => (await countryProfileData(iso3)).data;
const byId = (findings: { id: string }[]) => Object.fromEntries(findings.map((f) => [f.id, f]));

describe('Niger’s findings', async () => {
	const data = await profile('ner');
	const f = byId(data.findings) as Record<string, (typeof data.findings)[number]>;

	test('five findings, in reading order', () => {
		expect(data.findings.map((x) => x.id)).toEqual([
			'country-growth',
			'country-budget',
			'country-pefa',
			'country-obs',
			'country-event'
		]);
	});

	test('SIPRI real growth 2005→2024 and the 2024 share of GDP', () => {
		// NER,2005,usd_constant_2023,40.67526442971449 ; NER,2024,usd_constant_2023,404.12439218621967
		// 404.124 / 40.675 − 1 = 8.9354 → +893,5 %; NER,2024,share_gdp,0.022417758684164256 → 2,24 %
		expect(f['country-growth']!.params.growth).toBeCloseTo(
			404.12439218621967 / 40.67526442971449 - 1,
			10
		);
		expect(f['country-growth']!.params.gdp).toBe(0.022417758684164256);
		expect(findingSentence(f['country-growth']!, 'fr')).toBe(
			`Au Niger, les dépenses militaires ont évolué de +893,5${NNBSP}% en termes réels de 2005 à 2024 (dollars constants de 2023) ; en 2024, elles représentent 2,24${NNBSP}% du PIB.`
		);
	});

	test('the 2024 finance law’s defence and security figure beside SIPRI’s 2024 figure', () => {
		// NER,2024,,voted,defence_security,amount,520000000000,XOF,"520 milliards de FCFA",…,Le Péroké
		// NER,2024,lcu_current,264321000000.00003
		expect(f['country-budget']!.params).toMatchObject({
			year: 2024,
			amount: 520000000000,
			currency: 'XOF',
			scope: 'defence_security',
			stage: 'voted',
			sipri: 264321000000.00003
		});
		expect(f['country-budget']!.cite.label).toMatch(/^Le Péroké — /);
		expect(findingSentence(f['country-budget']!, 'fr')).toContain(
			`Budget 2024 (crédits votés) : 520,0${NBSP}Mds${NBSP}FCFA pour la défense et la sécurité ; pour la même année, le SIPRI compte 264,3${NBSP}Mds${NBSP}FCFA`
		);
	});

	test('PEFA 2023 oversight scores and the OBS 2023 round', () => {
		// pefa,…,NER,2023,PI-9,,D ; PI-30,,D+ ; PI-31,,C+
		expect(f['country-pefa']!.params).toMatchObject({
			year: 2023,
			pi9: 'D',
			pi30: 'D+',
			pi31: 'C+'
		});
		// obs,OBS 2023,NER,2023,transparency 32.72477064220183 ; oversight 48.11111111111112 ; participation 0
		expect(f['country-obs']!.params).toMatchObject({
			year: 2023,
			transparency: 32.72477064220183,
			oversight: 48.11111111111112,
			participation: 0
		});
		expect(findingSentence(f['country-obs']!, 'en')).toBe(
			'Open Budget Survey 2023: transparency 33/100, budget oversight 48/100, public participation 0/100.'
		);
	});

	test('the latest dated event bearing on spending: the April 2024 decree', () => {
		// NER,2024-04-04,procurement_rule,Décret n° 2024-273/P/CNSP : modalités…
		expect(findingSentence(f['country-event']!, 'fr')).toMatch(
			/^Dernier événement daté \(4 avril 2024\) : Décret n° 2024-273\/P\/CNSP : /
		);
	});
});

describe('the other profiles', () => {
	test('Mauritania: not in the OBS, so the GDI’s 2015 band; a 2025 budget SIPRI has no figure for', async () => {
		const data = await profile('mrt');
		const f = byId(data.findings) as Record<string, (typeof data.findings)[number]>;
		expect(data.findings.map((x) => x.type)).toEqual([
			'country_growth',
			'country_budget',
			'country_pefa',
			'country_gdi_old',
			'country_event'
		]);
		// MRT,2025,,voted,defence,amount,11860000000,MRU ; SIPRI's series ends in 2024
		expect(f['country-budget']!.params).toMatchObject({ year: 2025, amount: 11860000000 });
		expect(findingSentence(f['country-budget']!, 'fr')).toBe(
			`Budget 2025 (crédits votés) : 11,9${NBSP}Mds${NBSP}MRU pour la défense ; le SIPRI n’a pas encore de chiffre pour cette année.`
		);
		// gdi,GI 2015,MRT,2015,overall,,F
		expect(findingSentence(f['country-gdi']!, 'fr')).toBe(
			'Pas de page pays dans l’indice GDI 2020 ; l’édition 2015 classait le risque de corruption dans la défense comme critique (bande F).'
		);
		// MRT,2025-07-30,finance_law (after MRT,2016-12-08,budget_secrecy)
		expect(f['country-event']!.params.date).toBe('2025-07-30');
	});

	test('the budget quoted: the latest year, the widest scope, the voted stage', async () => {
		const budget = async (iso3: string) =>
			(await profile(iso3)).findings.find((x) => x.id === 'country-budget')!.params;
		// BFA,2024,voted,defence_security,amount,960000000000 ; BFA,2024,lcu_current,620762000000
		expect(await budget('bfa')).toMatchObject({ year: 2024, amount: 960e9, sipri: 620762000000 });
		// MLI 2025: voted defence_ministry 485058000000 (Maliweb) before the revised 554 and 527 bn
		expect(await budget('mli')).toMatchObject({ year: 2025, amount: 485058000000, stage: 'voted' });
		// TCD,2024,voted,defence,amount,340000000000,XAF ; TCD,2024,lcu_current,338200000000
		expect(await budget('tcd')).toMatchObject({ amount: 340e9, currency: 'XAF', sipri: 338.2e9 });
	});
});

describe('countryFindings on thin data', () => {
	const facts: CountryFacts = {
		country: 'NER',
		growth: { from: 2005, to: 2024, row: undefined },
		latest: {},
		sipriLocal: {},
		pefa: [],
		obs: [],
		gdi: [],
		budgets: [],
		events: [],
		sipriCitation: 'SIPRI'
	};
	test('nothing published gives no finding rather than an empty sentence', () => {
		expect(countryFindings(facts)).toEqual([]);
	});
	test('a programming law, a share or a US$ amount is never the quoted budget figure', () => {
		const row = {
			country: 'BFA',
			year: 2018,
			year_end: null as number | null,
			stage: 'voted' as const,
			scope: 'defence_ministry' as const,
			measure: 'amount' as const,
			value: 294400000,
			unit: 'USD' as const,
			as_published: '294,4 millions de dollars',
			source_title: 't',
			source_url: 'u',
			publisher: 'p',
			published: '',
			note: ''
		};
		const budgets = [
			row,
			{ ...row, measure: 'share_of_state_budget' as const, unit: 'percent' as const, value: 3.25 },
			{ ...row, year_end: 2022, scope: 'military_programming' as const, unit: 'XOF' as const }
		];
		expect(countryFindings({ ...facts, budgets })).toEqual([]);
	});
});
