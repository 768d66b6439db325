/**
 * The governance scorecard and the national budget table on the shipped data; expected values
 * read by hand from data/governance-scores.csv and data/national-budgets.csv.
 */
import { describe, expect, test } from 'vitest';
import { translate } from '../../i18n/messages.ts';
import type { MessageKey, Params } from '../../i18n/index.ts';
import { countryProfileData } from '../../server/country-profile-data.ts';
import { budgetColumns, budgetFigure, sipriBeside } from './budget-rows.ts';
import { scorecard } from './scorecard.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const fr = (key: MessageKey, params?: Params) => translate('fr', key, params);
const cards = async (iso3: string) =>
	scorecard((await countryProfileData(iso3)).data.governance, 'fr', fr);
const scores = (card: { rows: { key: string; score: string }[] }) =>
	Object.fromEntries(card.rows.map((r) => [r.key, r.score]));

describe('scorecard', () => {
	test('Niger: PEFA 2023, OBS 2023 rounded out of 100, GDI 2020 band, risk areas and Q26', async () => {
		const [pefa, obs, gdi] = await cards('ner');
		expect(pefa!.title).toBe('PEFA 2023');
		expect(scores(pefa!)).toEqual({
			'PI-1': 'D',
			'PI-2': 'D+',
			'PI-9': 'D',
			'PI-24': 'B+',
			'PI-24.2': 'A',
			'PI-30': 'D+',
			'PI-31': 'C+'
		});
		// 32.72 → 33, 48.11 → 48, 0
		expect(obs!.title).toBe('Enquête sur le budget ouvert 2023');
		expect(scores(obs!)).toEqual({
			transparency: '33/100',
			oversight: '48/100',
			participation: '0/100'
		});
		expect(scores(gdi!)).toEqual({
			overall: 'bande E (très élevé)',
			political: '31/100 (bande E)',
			financial: '38/100 (bande D)',
			personnel: '24/100 (bande E)',
			operational: '2/100 (bande F)',
			procurement: '17/100 (bande E)',
			Q26: '0/100'
		});
		// the country page and the financial-risk page that gives Q26
		expect(gdi!.sources.map((s) => s.url)).toEqual([
			'https://ti-defence.org/gdi/countries/niger',
			'https://ti-defence.org/gdi/countries/niger/?risk=financial'
		]);
	});

	test('Mauritania: not surveyed by the OBS; no GDI 2020 page, its 2015 band', async () => {
		const [pefa, obs, gdi] = await cards('mrt');
		expect(pefa!.title).toBe('PEFA 2020');
		expect(obs!.rows).toEqual([]);
		expect(obs!.empty).toBe('Pays non couvert par l’Enquête sur le budget ouvert de l’IBP.');
		expect(gdi!.rows).toEqual([]);
		expect(gdi!.empty).toBe(
			'Pas de page pays dans l’indice GDI 2020. Édition GI 2015 : bande F (critique).'
		);
		expect(gdi!.sources[0]!.url).toBe('https://government.defenceindex.org/countries/mauritania/');
	});

	test('Chad: PEFA 2018; OBS 2023 6.10 → 6, 31.5 → 32; GI 2015 band F', async () => {
		const [pefa, obs, gdi] = await cards('tcd');
		expect(pefa!.title).toBe('PEFA 2018');
		expect(scores(obs!)).toEqual({
			transparency: '6/100',
			oversight: '32/100',
			participation: '0/100'
		});
		expect(gdi!.empty).toMatch(/GI 2015 : bande F/);
	});
});

describe('national budget rows', () => {
	test('shares keep their published decimals; amounts read in their currency; SIPRI beside', async () => {
		const { governance, sipriLocal } = (await countryProfileData('bfa')).data;
		const rows = governance.budgets;
		const share2022 = rows.find(
			(b) =>
				b.year === 2022 && b.scope === 'defence_security' && b.measure === 'share_of_state_budget'
		)!;
		// BFA,2022,voted,defence_security,share_of_state_budget,20.27
		expect(budgetFigure(share2022, 'fr', fr)).toBe(`20,27${NNBSP}% du budget de l’État`);
		const span = rows.find((b) => b.year_end === 2020)!;
		expect(budgetFigure(span, 'en', (k, p) => translate('en', k, p))).toBe(
			'25% of the state budget'
		);
		// BFA,2024,voted,defence_security,amount,960000000000 beside BFA,2024,lcu_current,620762000000
		const d2024 = rows.find(
			(b) => b.year === 2024 && b.scope === 'defence_security' && b.measure === 'amount'
		)!;
		expect(sipriBeside(d2024, sipriLocal)).toBe(620762000000);
		const cells = budgetColumns(sipriLocal, 'fr', fr).map((c) => c.text(d2024));
		expect(cells).toEqual([
			'2024',
			'crédits votés',
			'Défense et sécurité',
			`960,0${NBSP}Mds${NBSP}FCFA`,
			`620,8${NBSP}Mds${NBSP}FCFA`,
			'L’Économiste du Faso'
		]);
		// a US$ amount and a five-year programming law are not set beside a yearly SIPRI figure
		expect(
			sipriBeside(
				rows.find((b) => b.unit === 'USD')!,
				sipriLocal
			)
		).toBeNull();
		expect(
			sipriBeside(
				rows.find((b) => b.scope === 'military_programming')!,
				sipriLocal
			)
		).toBeNull();
	});
});
