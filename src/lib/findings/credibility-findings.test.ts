/**
 * The credibility view's findings on the shipped data: real figures read off the CSV files by
 * hand (quoted in the comments), the demo execution figure against `runIndicators` and against
 * the demo CSV summed here in JavaScript.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { EMPTY_FILTERS, parseFilters } from '../explore/filters.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { readDemoCsv, sumOf } from '../oversight/demo-csv.ts';
import {
	credibilityLoader,
	type CredibilityViewData
} from '../credibility/credibility-view-data.ts';
import { ensureRealTables } from '../credibility/real-tables.ts';
import { nodeDataFiles } from '../server/data-files.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { credibilityFindings } from './credibility-findings.ts';
import { findingSentence, findingSource } from './finding-text.ts';
import type { Finding } from './finding.ts';

let engine: Engine;
let load: (query: string) => Promise<CredibilityViewData>;
let demoKinds: DataKind[];
beforeAll(async () => {
	engine = await openNodeEngine();
	await loadMilex(engine, 'data/sipri-milex.csv');
	demoKinds = await syncDemo(engine, [], nodeDemoReader());
	await ensureRealTables(engine, nodeDataFiles());
	const loader = credibilityLoader(engine);
	load = (query) => loader(parseFilters(new URLSearchParams(query)).filters);
});
afterAll(() => engine.close());

const byId = (findings: Finding[], id: string) => {
	const f = findings.find((x) => x.id === id);
	if (!f) throw new Error(`no finding ${id}`);
	return f;
};

test('real findings first, each with its publisher; the demo one last and saying so', async () => {
	const findings = credibilityFindings(await load(''), demoKinds);
	expect(findings.map((f) => [f.id, f.isDemo])).toEqual([
		['cred-pefa-official', false],
		['cred-state-share', false],
		['cred-triangulation', false],
		['cred-boost', false],
		['cred-execution', true]
	]);
	// PI-1 of each latest assessment (governance-scores.csv): BFA 2017 D, MLI 2021 C, MRT 2020 B,
	// NER 2023 D, TCD 2018 D → 3 D of 5, best B (Mauritania 2020)
	expect(byId(findings, 'cred-pefa-official').params).toEqual({
		n: 3,
		total: 5,
		from: 2017,
		to: 2023,
		best: 'B',
		maxCountry: 'MRT',
		bestYear: 2020
	});
	// national-budgets.csv: the latest voted defence-and-security share is Burkina Faso's 2025,
	// 27,76 % (APA News)
	expect(byId(findings, 'cred-state-share').params).toEqual({
		country: 'BFA',
		year: 2025,
		value: 27.76 / 100
	});
	// 2024, voted defence and security beside SIPRI (lcu_current): Burkina Faso 960 Md ÷
	// 620,762 Md = 1,55; Niger 520 Md ÷ 264,321 Md = 1,97, the larger
	const tri = byId(findings, 'cred-triangulation');
	expect(tri.params).toMatchObject({ country: 'NER', year: 2024, amount: 520e9, currency: 'XOF' });
	expect(tri.params.sipri).toBeCloseTo(264321e6, 0);
	expect(tri.params.ratio).toBeCloseTo(520 / 264.321, 9);
	expect(tri.source.cited?.map((c) => c.publisher)).toEqual(['Le Péroké', 'SIPRI']);
	// BOOST 2020 totals: Burkina Faso 2 496 691 857 000 ÷ 2 667 516 402 000 = 93,6 %;
	// Mauritania 68 088 377 708,83 ÷ 76 014 391 776 = 89,6 %, the lower
	const boost = byId(findings, 'cred-boost');
	expect(boost.params).toMatchObject({ country: 'MRT', year: 2020, n: 2 });
	expect(boost.params.value).toBeCloseTo(68088377708.83003 / 76014391776, 12);
});

test('the demo execution figure is the PI-1 indicator’s own, and the demo lines’ sums', async () => {
	const finding = byId(credibilityFindings(await load(''), demoKinds), 'cred-execution');
	const pi1 = (await runIndicators(engine)).filter((r) => r.id === 'pefa-pi1-aggregate-outturn');
	const y2024 = pi1.filter((r) => r.year === 2024);
	const far = [...y2024].sort((a, b) => Math.abs(b.value! - 1) - Math.abs(a.value! - 1))[0]!;
	expect(finding.params).toEqual({
		country: far.country,
		year: 2024,
		value: far.value,
		n: 5,
		score: far.score,
		from: 2022,
		to: 2024
	});
	// By hand from data/demo/budget-lines.csv: Niger 2024, Σ executed ÷ Σ approved over its 25
	// defence and security lines ≈ 1,0613 (vigie indicators: 1.06127082746)
	const ner = readDemoCsv('budget-lines.csv').filter(
		(r) => r.country === 'NER' && r.year === '2024'
	);
	expect(far.country).toBe('NER');
	// (indicator values are rounded to 12 significant digits)
	expect(finding.params.value).toBeCloseTo(sumOf(ner, 'executed') / sumOf(ner, 'approved'), 10);
	expect(findingSentence(finding, 'fr')).toBe(
		'Au Niger, les dépenses de défense et de sécurité exécutées en 2024 atteignent 106,1\u202f% des crédits votés, l’écart le plus grand des 5 pays ; PI-1 calculé par Vigie : A (2022–2024) (données fictives de démonstration).'
	);
});

test('sentences in both languages, with money and ratios written for the reader', async () => {
	const [official, share, tri] = credibilityFindings(await load(''), demoKinds);
	expect(findingSentence(official!, 'fr')).toBe(
		'Dans la dernière évaluation PEFA de chaque pays (2017–2023, budget entier de l’État), 3 des 5 pays sont notés D en PI-1, l’écart entre dépenses exécutées et budget approuvé ; la meilleure note est B (Mauritanie, 2020).'
	);
	expect(findingSentence(share!, 'fr')).toBe(
		'Au Burkina Faso, selon la loi de finances 2025, la défense et la sécurité représentent 27,8\u202f% du budget de l’État.'
	);
	// (formatMoney puts no-break spaces inside amounts)
	expect(findingSentence(tri!, 'fr').replace(/\u00a0/g, ' ')).toContain(
		'Au Niger, la loi de finances 2024 affecte 520,0 Mds FCFA à la défense et à la sécurité, 2,0 fois les 264,3 Mds FCFA de dépenses militaires comptées par SIPRI'
	);
	expect(findingSentence(tri!, 'en')).toContain('In Niger, the 2024 finance law gives defence');
	expect(findingSource(share!, 'fr')).toBe(
		'APA News, Budget 2025 du Burkina : 27% à la défense et à la sécurité'
	);
});

test('one country filtered: its own assessment and figures, no ranking', async () => {
	const found = credibilityFindings(await load('country=MLI'), demoKinds);
	expect(found.map((f) => f.type)).toEqual([
		'cred_pefa_official_one',
		'cred_boost_one',
		'cred_execution_one'
	]);
	// Mali 2021: PI-1 C, PI-2 D+
	expect(findingSentence(found[0]!, 'fr')).toBe(
		'Au Mali, la dernière évaluation PEFA (2021) note C l’exécution globale du budget de l’État (PI-1) et D+ sa composition (PI-2).'
	);
	// BOOST's Mali series ends in 2018: 1 749 621 565 135 ÷ 2 221 726 847 000 = 78,8 %
	expect(findingSentence(found[1]!, 'fr')).toBe(
		'Au Mali, l’État a exécuté 78,8\u202f% de son budget approuvé en 2018, tous secteurs confondus.'
	);
});

test('on the user’s own budget lines the execution finding carries no demo words', async () => {
	const view = await credibilityLoader(engine)({ ...EMPTY_FILTERS, country: [] });
	const execution = byId(credibilityFindings(view, ['contracts', 'oversight']), 'cred-execution');
	expect(execution.isDemo).toBe(false);
	expect(findingSentence(execution, 'fr')).not.toContain('fictives');
});
