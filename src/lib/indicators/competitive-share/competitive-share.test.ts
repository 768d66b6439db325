import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { competitiveShare } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, competitiveShare);
});
afterAll(() => engine.close());

describe('competitive-share', () => {
	it('shares value among contracts with a stated method and bands it like PI-24.2', () => {
		// (500 open + 200 selective) / (500+200+100+200) = 0.7 -> B; C5 (no method, not a
		// derogation) left out: 4/5
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'value' })).toMatchObject({
			value: 0.7,
			score: 'B',
			coverage: { n: 4, total: 5 }
		});
	});

	it('keeps a third of the value under the defence-secret regime, with no method, in the base', () => {
		// TCD 2022: open 480, selective 120, direct 100, « marché spécial » 350 with no method.
		// Year total 1 050, of which 350 = 1/3 under the regime. Competitive = 480 + 120 = 600.
		// On all of the year's value: 600 / 1 050 = 0.571428571429 -> D (below 60 %).
		// Dropping the derogation as "method unknown" would give 600 / 700 = 0.857 -> A.
		expect(pick(results, { country: 'TCD', year: 2022, measure: 'value' })).toMatchObject({
			value: 0.571428571429,
			score: 'D',
			coverage: { n: 4, total: 4 }
		});
		// count: 2 competitive / 4 contracts = 0.5
		expect(pick(results, { country: 'TCD', year: 2022, measure: 'count' }).value).toBe(0.5);
	});

	it('shares the count too, without a band', () => {
		// 2 competitive / 4 with a method = 0.5
		const row = pick(results, { country: 'BFA', year: 2023, measure: 'count' });
		expect(row.value).toBe(0.5);
		expect(row.score).toBeUndefined();
	});

	it('scores a single open contract A', () => {
		// BFA 2022: 300/300 = 1
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'value' })).toMatchObject({
			value: 1,
			score: 'A',
			coverage: { n: 1, total: 1 }
		});
	});

	it('counts a derogation as competitive only when its method is explicitly open or selective', () => {
		// NER 2022: C16 open, under the derogatory regime: 100/100 = 1 -> A
		expect(pick(results, { country: 'NER', year: 2022, measure: 'value' }).value).toBe(1);
		// NER 2023: 590 open / (590 + 410 direct derogation) = 0.59 -> D
		expect(pick(results, { country: 'NER', year: 2023, measure: 'value' })).toMatchObject({
			value: 0.59,
			score: 'D'
		});
	});

	it('gives 0 and D for a year of derogations alone, never an empty base', () => {
		// MLI 2023: C8 800 under the regime, no method: 0 / 800 = 0, coverage 1/1
		expect(pick(results, { country: 'MLI', year: 2023, measure: 'value' })).toMatchObject({
			value: 0,
			score: 'D',
			coverage: { n: 1, total: 1 }
		});
	});

	it('gives NULL and no score when no contract states a method or a derogation', () => {
		// MRT 2023: C17 states neither: out of the base, coverage 0/1
		const row = pick(results, { country: 'MRT', year: 2023, measure: 'value' });
		expect(row).toMatchObject({ value: null, coverage: { n: 0, total: 1 } });
		expect(row.score).toBeUndefined();
	});
});
