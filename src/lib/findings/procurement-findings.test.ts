/**
 * The procurement findings' numbers against their sources: the real ones against the governance
 * files (data/governance-scores.csv, data/events.csv) read by hand, the demo ones against
 * `runIndicators` on the demonstration contracts, one of them computed by hand from the CSV.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { EMPTY_FILTERS, parseFilters } from '../explore/filters.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { readDemoContracts, sum } from '../procurement/demo-expected.ts';
import { procurementExplore } from '../procurement/procurement-explore.ts';
import {
	queryProcurementReal,
	realInFilters,
	type ProcurementReal
} from '../procurement/procurement-real.ts';
import type { ProcurementViewData } from '../procurement/procurement-view-data.ts';
import { openGovernanceDataset } from '../server/governance-dataset.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { findingSentence, findingSource } from './finding-text.ts';
import type { Finding } from './finding.ts';
import { procurementFindings } from './procurement-findings.ts';

const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
const db = {} as {
	engine: Engine;
	real: ProcurementReal;
	load: (q: string) => Promise<ProcurementViewData>;
	results: IndicatorResult[];
};
const byId = (findings: Finding[], id: string) => {
	const f = findings.find((x) => x.id === id);
	if (!f) throw new Error(`no finding ${id}`);
	return f;
};

beforeAll(async () => {
	db.engine = await openNodeEngine();
	await syncDemo(db.engine, [], nodeDemoReader());
	await loadMilex(db.engine, 'data/sipri-milex.csv');
	const { load } = await procurementExplore.open(db.engine);
	db.load = (q) => load(parseFilters(new URLSearchParams(q)).filters);
	db.real = await queryProcurementReal(await openGovernanceDataset());
	db.results = await runIndicators(db.engine, {
		ids: ['competitive-share', 'derogation-share', 'single-bid-share']
	});
});
afterAll(() => db.engine.close());

/** Rows of a governance CSV as records (its quoted fields hold no line breaks). */
function csvRows(path: string): Record<string, string>[] {
	const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
	const split = (line: string) =>
		[...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
			.slice(0, -1)
			.map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
	const cols = split(head!);
	return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [cols[i], v])));
}

test('all five countries: three findings on published data, then two on the demo contracts', async () => {
	const view = await db.load('');
	const findings = procurementFindings(view, db.real, G5, ['contracts']);
	expect(findings.map((f) => [f.id, f.isDemo])).toEqual([
		['proc-pefa', false],
		['proc-gdi', false],
		['proc-rule', false],
		['proc-noncompetitive', true],
		['proc-single', true]
	]);

	// PEFA PI-24.2, each country's latest assessment, by hand from data/governance-scores.csv:
	// BFA 2017 NR (not rated), MLI 2021 D, MRT 2020 B, NER 2023 A, TCD 2018 C.
	const pi242 = csvRows('data/governance-scores.csv').filter(
		(r) => r.source === 'pefa' && r.dimension === 'PI-24.2' && G5.includes(r.country!)
	);
	const latest = (c: string) =>
		pi242.filter((r) => r.country === c).sort((a, b) => +b.year! - +a.year!)[0]!;
	expect(G5.map((c) => `${c} ${latest(c).year} ${latest(c).score}`)).toEqual([
		'BFA 2017 NR',
		'MLI 2021 D',
		'MRT 2020 B',
		'NER 2023 A',
		'TCD 2018 C'
	]);
	const pefa = byId(findings, 'proc-pefa');
	expect(pefa.type).toBe('proc_pefa_range_below');
	// D: less than C's 60 % of the value by competitive methods (PEFA 2016 PI-24.2)
	expect(pefa.params).toEqual({
		country: 'MLI',
		year: 2021,
		score: 'D',
		threshold: 0.6,
		best: 'A',
		maxCountry: 'NER',
		maxYear: 2023,
		n: 4
	});
	expect(pefa.source.cited?.map((c) => (typeof c === 'string' ? c : c.title))).toEqual([
		latest('MLI').source_title,
		latest('NER').source_title
	]);
	expect(findingSentence(pefa, 'fr')).toBe(
		'PEFA PI-24.2 : note D au Mali (évaluation 2021), soit moins de 60\u202f% de la valeur des marchés attribuée par mise en concurrence — la plus faible des 4 pays notés ; la meilleure : A (Niger, 2023).'
	);

	// GDI 2020 procurement risk: BFA 11, MLI 21, NER 17; no 2020 page for MRT and TCD.
	const gdi = byId(findings, 'proc-gdi');
	expect(gdi.params).toEqual({
		country: 'BFA',
		year: 2020,
		score: 11,
		gdiBand: 'F',
		n: 3,
		gap: 2
	});
	expect(findingSource(gdi, 'en')).toBe(
		'Transparency International Defence & Security, Government Defence Integrity Index 2020: Burkina Faso'
	);

	// The latest rule change of data/events.csv (kind procurement_rule): Niger's decree 2024-273.
	const rules = csvRows('data/events.csv').filter((r) => r.kind === 'procurement_rule');
	const last = rules.sort((a, b) => a.date!.localeCompare(b.date!)).at(-1)!;
	const rule = byId(findings, 'proc-rule');
	expect(rule.params).toMatchObject({ country: 'NER', date: last.date, n: rules.length });
	expect(findingSentence(rule, 'fr')).toBe(
		`Au Niger, le 4 avril 2024 : ${last.title_fr} — le plus récent de 3 textes datés sur les marchés de défense.`
	);
});

test('the contracts’ findings are the indicators’ own numbers, and say they are demo data', async () => {
	const view = await db.load('');
	const findings = procurementFindings(view, db.real, G5, ['contracts']);
	const value = (id: string, country: string, year: number) =>
		db.results.find(
			(r) => r.id === id && r.country === country && r.year === year && r.measure === 'value'
		)!.value!;
	// Without competition: 1 − competitive-share, largest of the latest year's countries.
	const competitive = db.results.filter(
		(r) => r.id === 'competitive-share' && r.measure === 'value'
	);
	const year = Math.max(...competitive.map((r) => r.year));
	const top = competitive.filter((r) => r.year === year).sort((a, b) => a.value! - b.value!)[0]!;
	const nc = byId(findings, 'proc-noncompetitive');
	expect(nc.params).toMatchObject({ country: top.country, year, n: 5 });
	// runIndicators rounds to 12 significant digits; the view keeps the exact ratio
	expect(nc.params.value).toBeCloseTo(1 - top.value!, 11);
	expect(nc.params.derogation).toBeCloseTo(value('derogation-share', top.country, year), 11);
	expect(findingSentence(nc, 'fr')).toContain('(données fictives de démonstration)');
	expect(findingSentence(nc, 'en')).toContain('(fictitious demonstration data)');

	// Single bid over every year: Σ single bids ÷ Σ tenders with a known count, from the
	// indicator's per country-year rows (value × coverage n gives each one's single bids).
	const single = db.results.filter((r) => r.id === 'single-bid-share' && r.value !== null);
	const known = sum(single.map((r) => r.coverage!.n));
	const singles = sum(single.map((r) => Math.round(r.value! * r.coverage!.n)));
	const single1 = byId(findings, 'proc-single');
	expect(single1.params).toMatchObject({ from: 2016, to: 2024, n: singles, total: known });
	expect(single1.params.value).toBeCloseTo(singles / known, 12);
});

test('one number by hand: Mali 2022 without competition, from the demo CSV', async () => {
	const view = await db.load('country=MLI&from=2022&to=2022');
	const real = realInFilters(db.real, { country: ['MLI'] });
	const nc = byId(procurementFindings(view, real, ['MLI'], ['contracts']), 'proc-noncompetitive');
	// Σ amount not open or selective ÷ Σ amount of Mali's 2022 contracts (all of them state a
	// method or the derogatory regime); Σ amount under the regime ÷ the same total.
	const mali = readDemoContracts().filter((c) => c.country === 'MLI' && c.year === 2022);
	const total = sum(mali.map((c) => c.amount));
	const open = sum(
		mali.filter((c) => c.method === 'open' || c.method === 'selective').map((c) => c.amount)
	);
	const derog = sum(mali.filter((c) => c.derogation).map((c) => c.amount));
	expect(nc.type).toBe('proc_noncompetitive_one');
	expect(nc.params.value).toBeCloseTo(1 - open / total, 12);
	expect(nc.params.derogation).toBeCloseTo(derog / total, 12);
});

test('one country chosen: its own PEFA rating, GDI page or the lack of one', async () => {
	const view = await db.load('country=NER');
	const ner = procurementFindings(
		view,
		realInFilters(db.real, { country: ['NER'] }),
		['NER'],
		['contracts']
	);
	expect(findingSentence(byId(ner, 'proc-pefa'), 'en')).toBe(
		'PEFA PI-24.2 in Niger (2023 assessment): score A, meaning at least 80% of the value of contracts awarded competitively.'
	);
	expect(byId(ner, 'proc-gdi').type).toBe('proc_gdi_one');
	// Burkina Faso's only assessment (2017) did not score PI-24.2; Chad has no GDI 2020 page.
	const bfaTcd = procurementFindings(
		await db.load('country=BFA,TCD'),
		realInFilters(db.real, { country: ['BFA', 'TCD'] }),
		['BFA', 'TCD'],
		[]
	);
	expect(byId(bfaTcd, 'proc-pefa').params).toMatchObject({
		country: 'TCD',
		year: 2018,
		score: 'C'
	});
	expect(byId(bfaTcd, 'proc-gdi').type).toBe('proc_gdi_one_gap');
	// no demo kind: the contracts are the user's, and the sentence says nothing of demo data
	expect(findingSentence(byId(bfaTcd, 'proc-single'), 'fr')).not.toContain('fictives');
	const bfa = procurementFindings(
		await db.load('country=BFA'),
		realInFilters(db.real, { country: ['BFA'] }),
		['BFA'],
		['contracts']
	);
	expect(findingSentence(byId(bfa, 'proc-pefa'), 'fr')).toBe(
		'PEFA PI-24.2 (part de la valeur des marchés attribuée par mise en concurrence) n’a pas été noté au Burkina Faso lors de l’évaluation 2017 (NR).'
	);
	expect(EMPTY_FILTERS.country).toEqual([]);
});
