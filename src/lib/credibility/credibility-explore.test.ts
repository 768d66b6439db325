/**
 * The credibility spec on the shipped data, as the build prerenders it: the demo budget lines,
 * SIPRI, and the real tables loaded through the engine by the spec's own `open` with the Node
 * reader. Expected values are read off the CSV files by hand (quoted in the comments).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { readDrill } from '../explore/drill-codec.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { EMPTY_FILTERS, type ExploreFilters } from '../explore/filters.ts';
import { nodeDataFiles } from '../server/data-files.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { credibilityExplore } from './credibility-explore.ts';
import type { CredibilityViewData } from './credibility-view-data.ts';
import type { RealFile } from './real-tables.ts';

let engine: Engine;
const reads: RealFile[] = [];
const spec = credibilityExplore((file) => {
	reads.push(file);
	return nodeDataFiles()(file);
});
let load: (f: ExploreFilters) => Promise<CredibilityViewData>;
let view: CredibilityViewData;
const f = (patch: Partial<ExploreFilters> = {}): ExploreFilters => ({ ...EMPTY_FILTERS, ...patch });

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadMilex(engine, 'data/sipri-milex.csv');
	await syncDemo(engine, [], nodeDemoReader());
	({ load } = await spec.open(engine));
	view = await load(f());
});
afterAll(() => engine.close());

test('open loads BOOST and the governance tables through the engine, once', async () => {
	expect([...reads].sort()).toEqual([
		'boost-budget-execution.csv',
		'events.csv',
		'governance-scores.csv',
		'national-budgets.csv'
	]);
	const { scope } = await spec.open(engine);
	expect(reads).toHaveLength(4); // the tables were there: nothing read again
	expect(scope.countries).toEqual(['BFA', 'MLI', 'MRT', 'NER', 'TCD']);
	// demo lines 2016–2024, BOOST from 2006, finance laws to 2026 (Mauritania's)
	expect(scope.years[0]).toBe(2006);
	expect(scope.years.at(-1)).toBe(2026);
});

test('official PEFA: each country’s latest assessment with its dimensions, earlier ones after', () => {
	const mali = view.official.find((o) => o.country === 'MLI')!;
	// governance-scores.csv, MLI 2021: PI-1 C, PI-1.1 C, PI-2 D+, PI-2.1 D, PI-2.2 C, PI-2.3 A
	expect(mali.latest.year).toBe(2021);
	expect(mali.latest.scores).toEqual({
		'PI-1': 'C',
		'PI-1.1': 'C',
		'PI-2': 'D+',
		'PI-2.1': 'D',
		'PI-2.2': 'C',
		'PI-2.3': 'A'
	});
	expect(mali.earlier.map((a) => [a.year, a.scores['PI-1']])).toEqual([
		[2020, 'B'],
		[2018, 'D']
	]);
	expect(mali.latest.publisher).toBe('PEFA Secretariat (pefa.org)');
	const niger = view.official.find((o) => o.country === 'NER')!;
	expect(niger.latest.note).toContain('2019–2021');
	expect(view.official.map((o) => `${o.country} ${o.latest.year}`)).toEqual([
		'BFA 2017',
		'MLI 2021',
		'MRT 2020',
		'NER 2023',
		'TCD 2018'
	]);
});

test('triangulation: finance-law figures beside SIPRI, scopes kept apart, disagreements kept', () => {
	const row = (country: string, year: number, stage: string) =>
		view.triangulation.find((r) => r.country === country && r.year === year && r.stage === stage);
	// BFA 2023 voted: 600 Md defence and security (L’Économiste du Faso), 28,42 % of the budget
	// (Sidwaya); SIPRI 2023: 501 726 000 000 XOF
	const bfa = row('BFA', 2023, 'voted')!;
	expect(bfa.amounts.map((a) => [a.group, a.value])).toEqual([['defence_security', 600e9]]);
	expect(bfa.shares.map((s) => [s.group, s.value])).toEqual([['defence_security', 28.42]]);
	expect(bfa).toMatchObject({ currency: 'XOF', sipri: 501726000000 });
	// Mali 2025, amending law: aBamako 554,091 Md and Mali24 527,027 Md for defence — both kept
	const mali = row('MLI', 2025, 'revised')!;
	expect(mali.amounts.map((a) => [a.scope, a.value])).toEqual([
		['defence_ministry', 527027000000],
		['defence_ministry', 554091000000],
		['security_ministry', 504385000000]
	]);
	expect(mali.sipri).toBeNull(); // SIPRI's release ends in 2024
	// Burkina 2018: the source gave the ministries in dollars only; the defence share stays
	const bfa2018 = row('BFA', 2018, 'voted')!;
	expect(bfa2018.amounts).toEqual([]);
	expect(bfa2018.shares.map((s) => s.value)).toEqual([3.25]);
	// drafts (BFA 2019 proposed) and programming laws (several years) are not rows
	expect(row('BFA', 2019, 'proposed')).toBeUndefined();
	expect(view.triangulation.some((r) => r.amounts.some((a) => a.value === 725254753000))).toBe(
		false
	);
	// Mauritania: 11,86 Md MRU for 2025, its own currency
	expect(row('MRT', 2025, 'voted')).toMatchObject({ currency: 'MRU', sipri: null });
});

test('country and year filters select the real rows; the official scores follow the country only', async () => {
	const mali = await load(f({ country: ['MLI'], from: 2017, to: 2023 }));
	expect(mali.triangulation.map((r) => `${r.year} ${r.stage}`)).toEqual([
		'2018 voted',
		'2019 executed',
		'2022 executed',
		'2023 voted'
	]);
	expect(mali.official.map((o) => o.country)).toEqual(['MLI']);
	// BOOST's Mali series ends in 2018
	expect(mali.boost.rows.map((r) => `${r.country} ${r.year}`)).toEqual(['MLI 2017', 'MLI 2018']);
	expect(new Set(mali.pefa.map((r) => r.year))).toEqual(
		new Set([2017, 2018, 2019, 2020, 2021, 2022, 2023])
	);
});

test('a drill fits when its mark is on the page; a sources drill lists every cited figure', async () => {
	const fits = (raw: string, filters = f()) =>
		spec.fits(readDrill(raw, spec.drills).drill!, filters, view);
	expect(fits('sources:BFA:2023')).toBe(true);
	expect(fits('sources:BFA:2017')).toBe(false); // no finance-law figure for 2017
	expect(fits('year:MLI:XOF:2021')).toBe(true);
	expect(fits('year:MLI:USD:2021')).toBe(false);
	expect(fits('category:TCD:XAF:capital')).toBe(true);
	expect(fits('institution:NER:XOF:Nobody')).toBe(false);
	const drill = readDrill('sources:BFA:2016', spec.drills).drill!;
	const data = await spec.loadDrill(engine, drill, f());
	if (data.kind !== 'sources') throw new Error('sources expected');
	// 2016: the minister’s ministry figures, two shares that disagree (12,49 % for 2016 from
	// Kessiya, about 25 % for 2016–2020 from L’Économiste du Faso), and SIPRI 88 625 000 000 XOF
	expect(data.sipri).toBe(88625000000);
	expect(
		data.figures.filter((x) => x.measure === 'share_of_state_budget').map((x) => x.value)
	).toEqual(expect.arrayContaining([12.49, 25, 2.96]));
	expect(data.figures.every((x) => x.source_url.startsWith('http'))).toBe(true);
});
