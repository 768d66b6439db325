import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { queryBudgets, queryEvents } from './budgets-events.ts';
import { GOVERNANCE_TABLES, loadGovernance, type GovernanceTable } from './load-governance.ts';
import { queryGdi, queryObsDocuments, queryObsSeries, queryPefaScores } from './scores.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	const paths = Object.fromEntries(
		Object.entries(GOVERNANCE_TABLES).map(([t, s]) => [t, join(process.cwd(), 'data', s.file)])
	) as Record<GovernanceTable, string>;
	await loadGovernance(engine, paths);
});
afterAll(() => engine.close());

describe('PEFA scores on the shipped data', () => {
	test('latest assessment per country for the key codes, in the order asked', async () => {
		const rows = await queryPefaScores(engine, ['PI-24', 'PI-24.2', 'PI-30', 'PI-31']);
		const ner = rows.filter((r) => r.country === 'NER');
		// Niger 2023 row of the batch download: PI-24 B+, PI-24.2 A, PI-30 D+, PI-31 C+
		expect(ner.map((r) => [r.year, r.code, r.score])).toEqual([
			[2023, 'PI-24', 'B+'],
			[2023, 'PI-24.2', 'A'],
			[2023, 'PI-30', 'D+'],
			[2023, 'PI-31', 'C+']
		]);
		const latest = Object.fromEntries(rows.map((r) => [r.country, r.year]));
		expect(latest).toEqual({ BFA: 2017, MLI: 2021, MRT: 2020, NER: 2023, TCD: 2018 });
		// Burkina Faso 2017 PI-24.2 is "NR" (not rated) and stays so
		expect(rows.find((r) => r.country === 'BFA' && r.code === 'PI-24.2')?.score).toBe('NR');
		expect(ner[0]?.source_url).toMatch(/^https:\/\/github\.com\/WB-PIDA-Data-Science-Shop/);
	});

	test('as of 2020, Niger’s latest assessment is 2017 and Mali’s is 2020', async () => {
		const rows = await queryPefaScores(engine, ['PI-1', 'PI-24.2'], {
			countries: ['NER', 'MLI'],
			asOf: 2020
		});
		expect(rows.map((r) => `${r.country} ${r.year} ${r.code} ${r.score}`)).toEqual([
			'MLI 2020 PI-1 B',
			'MLI 2020 PI-24.2 A',
			'NER 2017 PI-1 D',
			'NER 2017 PI-24.2 C'
		]);
	});

	test('every assessment when asked: Mali PI-1 went D (2018), B (2020), C (2021)', async () => {
		const rows = await queryPefaScores(engine, ['PI-1'], { countries: ['MLI'], all: true });
		expect(rows.map((r) => [r.year, r.score])).toEqual([
			[2018, 'D'],
			[2020, 'B'],
			[2021, 'C']
		]);
	});
});

describe('Open Budget Survey and GDI on the shipped data', () => {
	test('the OBS series keeps the file’s values and leaves IBP’s rounded page values out', async () => {
		const rows = await queryObsSeries(engine, ['transparency'], ['BFA']);
		expect(rows.map((r) => r.year)).toEqual([2006, 2008, 2010, 2012, 2015, 2017, 2019, 2021, 2023]);
		expect(rows.at(-1)?.value).toBe(29.6697247706422);
		expect(await queryObsSeries(engine, ['oversight'], ['MRT'])).toEqual([]);
	});

	test('documents: Burkina Faso’s 2015 audit report public (SC), Chad’s 2010 one not produced', async () => {
		const rows = await queryObsDocuments(engine, ['BFA', 'TCD']);
		const audit = (c: string, y: number) =>
			rows.find((r) => r.country === c && r.year === y && r.document === 'audit_report');
		expect([audit('BFA', 2015)?.code, audit('BFA', 2015)?.is_public]).toEqual(['SC', true]);
		expect([audit('TCD', 2010)?.code, audit('TCD', 2010)?.is_public]).toEqual(['NP', false]);
	});

	test('GDI: Niger’s 2020 band first, then its areas and questions; Chad only GI 2015', async () => {
		const ner = await queryGdi(engine, ['NER']);
		expect([ner[0]?.edition, ner[0]?.indicator, ner[0]?.score]).toEqual([
			'GDI 2020',
			'overall',
			'E'
		]);
		expect(ner.find((r) => r.indicator === 'Q26')?.value).toBe(0);
		expect((await queryGdi(engine, ['TCD'])).map((r) => r.edition)).toEqual(['GI 2015']);
	});
});

describe('budgets and events on the shipped data', () => {
	test('Burkina Faso’s voted defence-and-security shares 2022–2025', async () => {
		const rows = await queryBudgets(engine, {
			countries: ['BFA'],
			from: 2022,
			to: 2025,
			scopes: ['defence_security'],
			measure: 'share_of_state_budget'
		});
		expect(rows.map((r) => [r.year, r.value])).toEqual([
			[2022, 20.27],
			[2023, 28.42],
			[2024, 29.49],
			[2025, 27.76]
		]);
	});

	test('a programming law counts in every year of its span, and only there', async () => {
		const programmed = (from: number, to: number) =>
			queryBudgets(engine, { countries: ['MLI'], from, to, scopes: ['military_programming'] });
		expect((await programmed(2017, 2017)).length).toBe(3); // law, minister's figure, draft effort
		expect(await programmed(2020, 2021)).toEqual([]);
	});

	test('coups between 2020 and 2023, oldest first; a bare year covers the whole year', async () => {
		const rows = await queryEvents(engine, { from: '2020', to: '2023', kinds: ['coup'] });
		expect(rows.map((r) => `${r.date} ${r.country}`)).toEqual([
			'2020-08-18 MLI',
			'2021-05-24 MLI',
			'2022-01-24 BFA',
			'2022-09-30 BFA',
			'2023-07-26 NER'
		]);
		const niger = await queryEvents(engine, {
			countries: ['NER'],
			from: '2024-02-23',
			to: '2024-02-23'
		});
		expect(niger.map((r) => r.kind)).toEqual(['procurement_rule']);
	});
});
