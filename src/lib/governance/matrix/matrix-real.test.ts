/**
 * The matrix on the shipped data (SIPRI, PEFA, OBS, GDI), as the default site will show it:
 * growth 2016 → 2024 (2016 is the first year after Niger's 2015 gap), parts as of 2024.
 * Every expected value below was worked out by hand from data/*.csv.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openShippedData } from '../shipped-data-node.ts';
import { queryAccountabilityMatrix } from './matrix-inputs.ts';
import type { MatrixCell } from './matrix-types.ts';

let engine: Engine;
let m: Record<string, MatrixCell>;
beforeAll(async () => {
	engine = (await openShippedData()).engine;
	m = Object.fromEntries(
		(await queryAccountabilityMatrix(engine, 2016, 2024)).map((c) => [c.country, c])
	);
});
afterAll(() => engine.close());

test('real growth 2016→2024 at constant 2023 US$: (v2024 / v2016)^(1/8) − 1', () => {
	// BFA 1002.35 / 177.88 = 5.635 → 24.1 %/yr; MLI 906.37 / 415.39 → 10.2 %; MRT 276.73 / 174.99
	// → 5.9 %; NER 404.12 / 193.71 → 9.6 %; TCD 531.29 / 374.08 → 4.48 %: below 5 %, moderate
	const cagr = Object.fromEntries(Object.entries(m).map(([c, cell]) => [c, cell.growth.value]));
	expect(cagr.BFA).toBeCloseTo(0.241, 3);
	expect(cagr.MLI).toBeCloseTo(0.102, 3);
	expect(cagr.MRT).toBeCloseTo(0.059, 3);
	expect(cagr.NER).toBeCloseTo(0.096, 3);
	expect(cagr.TCD).toBeCloseTo(0.045, 3);
	expect(m.TCD?.growth.level).toBe('moderate');
});

test('cells: gap for BFA, MLI, MRT; rising but overseen for NER; weak oversight for TCD', () => {
	// BFA: OBS 2023 38.83 / 38.83 (weak, weak), PEFA 2017 PI-30 D+, PI-31 D → 4 of 4 weak
	// MLI: OBS 2023 30.42 weak, 66.67 strong; PEFA 2021 D, D → 3 of 4 weak
	// MRT: not in the OBS; PEFA 2020 D+, D+ → 2 of 2 weak
	// NER: OBS 2023 49.92 → 50 and 44.5 → 45 (medium, medium); PEFA 2023 D+ weak, C+ medium → 1 of 4
	// TCD: OBS 2023 22.25 weak, 50 medium; PEFA 2018 D, D → 3 of 4 weak
	expect(
		Object.fromEntries(Object.entries(m).map(([c, cell]) => [c, [cell.oversight.level, cell.cell]]))
	).toEqual({
		BFA: ['weak', 'gap'],
		MLI: ['weak', 'gap'],
		MRT: ['weak', 'gap'],
		NER: ['medium', 'rising_overseen'],
		TCD: ['weak', 'weak_oversight']
	});
});

test('beside the cell: GDI Q26 where TI assessed the country, PEFA PI-24.2 as published', () => {
	expect(['BFA', 'MLI', 'MRT', 'NER', 'TCD'].map((c) => m[c]?.secrecy.score ?? null)).toEqual([
		'0/100',
		'0/100',
		null, // no GDI 2020 page for Mauritania
		'0/100',
		null // nor for Chad
	]);
	expect(['BFA', 'MLI', 'MRT', 'NER', 'TCD'].map((c) => m[c]?.competition.score)).toEqual([
		'NR',
		'D',
		'B',
		'A',
		'C'
	]);
	expect(m.NER?.secrecy.source_url).toBe(
		'https://ti-defence.org/gdi/countries/niger/?risk=financial'
	);
	expect(
		m.MRT?.oversight.parts.filter((p) => p.id.startsWith('obs')).every((p) => p.score === null)
	).toBe(true);
});
