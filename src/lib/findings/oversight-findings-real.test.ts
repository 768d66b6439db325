/**
 * The oversight view's findings on published data, against the data files: each number is read
 * here from data/*.csv by hand (no app code), then compared with the finding and its sentence.
 */
import { beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { EMPTY_FILTERS } from '../explore/filters.ts';
import {
	pictureInFilters,
	queryOversightPicture,
	type OversightPicture
} from '../governance/oversight-picture.ts';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { oversightLoader } from '../oversight/oversight-view-data.ts';
import { openShippedData } from '../governance/shipped-data-node.ts';
import { findingSentence, findingSource } from './finding-text.ts';
import { oversightPageFindings } from './oversight-findings.ts';
import { oversightRealFindings } from './oversight-findings-real.ts';

const db = withEmptyTables();
let picture: OversightPicture;
beforeAll(async () => {
	const { engine } = await openShippedData();
	picture = await queryOversightPicture(engine);
	await engine.close();
});

/** `data/governance-scores.csv` rows as cells (no quoted comma before column 9 in these rows). */
const scores = readFileSync('data/governance-scores.csv', 'utf8')
	.split('\n')
	.map((l) => l.split(','));
const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
/** The countries the Open Budget Survey covers (SOURCES.md: not Mauritania). */
const SURVEYED = ['BFA', 'MLI', 'NER', 'TCD'];

test('the weakest legislative oversight of the latest OBS round, with its IBP band', () => {
	// By hand: OBS 2023 legislative_oversight rows of the Data360 file (edition 'OBS 2023')
	const rows = scores.filter((c) => c[1] === 'OBS 2023' && c[4] === 'legislative_oversight');
	const byCountry: Record<string, number> = Object.fromEntries(
		rows.map((c) => [c[2], Number(c[7])])
	);
	// BFA 38.83, MLI 30.42, NER 49.92, TCD 22.25: Chad lowest, 22 → 0–40 « faible »
	expect(byCountry.TCD).toBe(22.25);
	expect(Math.min(...Object.values(byCountry))).toBe(byCountry.TCD);
	const [obs] = oversightRealFindings(picture, G5, SURVEYED);
	expect(obs?.params).toEqual({
		country: 'TCD',
		year: 2023,
		score: 22.25,
		level: 'obs_weak',
		n: 4,
		uncoveredCountries: 'MRT'
	});
	expect(findingSentence(obs!, 'fr')).toBe(
		'Au Tchad, l’Open Budget Survey 2023 note à 22/100 le contrôle du budget par le Parlement (« faible » selon l’IBP), le plus bas des 4 pays couverts (non couvert par l’enquête : Mauritanie).'
	);
	expect(findingSentence(obs!, 'en')).toContain('(not covered by the survey: Mauritania).');
	expect(findingSource(obs!, 'fr')).toBe(
		'International Budget Partnership, Open Budget Survey 2023, via World Bank Data360 (IBP_OBS)'
	);
	expect(obs?.isDemo).toBe(false);
});

test('the Niger 2024 exclusion of defence purchases from the procurement code, dated', () => {
	const events = readFileSync('data/events.csv', 'utf8').split('\n');
	const rules = events.filter((l) => /^NER,2024-\d\d-\d\d,procurement_rule,/.test(l));
	expect(rules.map((l) => l.slice(4, 14))).toEqual(['2024-02-23', '2024-04-04']);
	const rule = oversightRealFindings(picture, G5, SURVEYED).find(
		(f) => f.id === 'oversight-procurement-rule'
	);
	expect(rule?.type).toBe('procurement_rules');
	expect(rule?.params).toMatchObject({ country: 'NER', date: '2024-02-23', others: 1, year: 2024 });
	expect(findingSentence(rule!, 'fr')).toMatch(
		/^Au Niger, le 23 février 2024 — Ordonnance n° 2024-05 : les achats destinés aux forces de défense et de sécurité sortent du champ du code des marchés publics/
	);
	expect(findingSentence(rule!, 'fr')).toMatch(
		/\(et 1 autre\(s\) texte\(s\) sur ces achats en 2024\)\.$/
	);
	expect(findingSentence(rule!, 'en')).toMatch(
		/^In Niger, 23 February 2024 — Ordinance no\. 2024-05/
	);
});

test('GDI 2020 secret spending: Q26 for the three countries assessed, the two without a page', () => {
	const q26 = scores.filter((c) => c[1] === 'GDI 2020' && c[4] === 'Q26');
	expect(q26.map((c) => [c[2], c[7]])).toEqual([
		['BFA', '0'],
		['MLI', '0'],
		['NER', '0']
	]);
	const gdi = oversightRealFindings(picture, G5, SURVEYED).find((f) => f.id === 'oversight-gdi');
	expect(gdi?.type).toBe('gdi_q26_same');
	expect(findingSentence(gdi!, 'fr')).toBe(
		'Au GDI 2020 de Transparency International, la question sur la part des dépenses secrètes (Q26) est notée 0/100 (100 = bonne pratique) dans les pays évalués : Burkina Faso, Mali et Niger ; sans fiche pays 2020 : Mauritanie et Tchad.'
	);
	expect(findingSentence(gdi!, 'en')).toContain(
		'assessed: Burkina Faso, Mali and Niger; no 2020 country page: Mauritania and Chad.'
	);
});

test('filtered to Mauritania: no OBS score, said so; no GDI 2020 finding', () => {
	const mrt = pictureInFilters(picture, { country: ['MRT'], from: null, to: null });
	const found = oversightRealFindings(mrt, ['MRT'], SURVEYED);
	expect(found.map((f) => f.type)).toEqual(['obs_not_covered']);
	expect(findingSentence(found[0]!, 'fr')).toBe(
		'Non couvert par l’Open Budget Survey : Mauritanie ; aucun score de contrôle budgétaire n’y est publié.'
	);
});

test('a year filter with no survey round gives no OBS finding, not “not covered”', () => {
	const y2005 = pictureInFilters(picture, { country: [], from: 2000, to: 2005 });
	expect(y2005.obs).toEqual([]);
	expect(oversightRealFindings(y2005, G5, SURVEYED).map((f) => f.id)).not.toContain(
		'oversight-obs'
	);
});

test('the page: published data first, then the records’ findings, five at most', async () => {
	const demoKinds = await syncDemo(db.engine, [], nodeDemoReader());
	const view = await oversightLoader(db.engine)({ ...EMPTY_FILTERS, country: [] });
	const found = oversightPageFindings(view, demoKinds, picture, G5, SURVEYED);
	expect(found.map((f) => [f.id, f.isDemo])).toEqual([
		['oversight-obs', false],
		['oversight-procurement-rule', false],
		['oversight-gdi', false],
		['oversight-derogation', true],
		['oversight-classified', true]
	]);
});
