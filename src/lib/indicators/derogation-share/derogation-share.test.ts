import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { derogationShare } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, derogationShare);
});
afterAll(() => engine.close());

describe('derogation-share', () => {
	it('shares derogatory value among contracts whose status is known', () => {
		// C4 200 / (500+200+100+200+1000) = 0.1; count 1/5 = 0.2
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'value' })).toMatchObject({
			value: 0.1,
			coverage: { n: 5, total: 5 }
		});
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'count' }).value).toBe(0.2);
	});

	it('leaves contracts with unknown status out and shrinks coverage', () => {
		// BFA 2022: C7 300 not derogatory, C11 700 unknown -> 0/300 = 0, coverage 1/2
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'value' })).toMatchObject({
			value: 0,
			coverage: { n: 1, total: 2 }
		});
	});

	it('gives the third of the value under the regime when no method is stated', () => {
		// TCD 2022: « marché spécial » 350 / (480 + 120 + 100 + 350) = 1/3; count 1/4 = 0.25
		expect(pick(results, { country: 'TCD', year: 2022, measure: 'value' })).toMatchObject({
			value: 0.333333333333,
			coverage: { n: 4, total: 4 }
		});
		expect(pick(results, { country: 'TCD', year: 2022, measure: 'count' }).value).toBe(0.25);
	});

	it('never counts a contract of unknown regime as ordinary: empty base, NULL', () => {
		// MRT 2023: C17 states neither method nor regime: NULL, coverage 0/1 (not 0 %)
		expect(pick(results, { country: 'MRT', year: 2023, measure: 'value' })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('gives 1 for a single derogatory contract', () => {
		// MLI 2023: 800/800
		expect(pick(results, { country: 'MLI', year: 2023, measure: 'value' }).value).toBe(1);
	});
});
