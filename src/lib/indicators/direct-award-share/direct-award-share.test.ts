import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { directAwardShare } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, directAwardShare);
});
afterAll(() => engine.close());

describe('direct-award-share', () => {
	it('shares direct-award value among contracts with a stated method', () => {
		// C4 200 / (500+200+100+200) = 0.2; C5 (no method, no derogation) out, C6 (no date) in no
		// year: 4/5
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'value' })).toMatchObject({
			value: 0.2,
			coverage: { n: 4, total: 5 }
		});
		// count: 1/4 = 0.25
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'count' }).value).toBe(0.25);
	});

	it('keeps a derogation with no stated method in the base, not in the numerator', () => {
		// TCD 2022: direct 100 / (480 + 120 + 100 + 350 « marché spécial ») = 100/1050
		// = 0.0952380952381; count 1/4 = 0.25, coverage 4/4
		expect(pick(results, { country: 'TCD', year: 2022, measure: 'value' })).toMatchObject({
			value: 0.0952380952381,
			coverage: { n: 4, total: 4 }
		});
		expect(pick(results, { country: 'TCD', year: 2022, measure: 'count' }).value).toBe(0.25);
		// MLI 2023: one derogation of 800 with no method: 0/800 = 0, not an empty base
		expect(pick(results, { country: 'MLI', year: 2023, measure: 'value' })).toMatchObject({
			value: 0,
			coverage: { n: 1, total: 1 }
		});
	});

	it('gives 0 for a single competitive contract', () => {
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'value' }).value).toBe(0);
	});

	it('gives NULL when no contract states a method or a derogation', () => {
		expect(pick(results, { country: 'MRT', year: 2023, measure: 'count' })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});
});
