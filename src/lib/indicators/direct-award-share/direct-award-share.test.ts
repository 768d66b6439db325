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
		// C4 200 / (500+200+100+200) = 0.2; C5 (no method) out, C6 (no date) in no year: 4/5
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'value' })).toMatchObject({
			value: 0.2,
			coverage: { n: 4, total: 5 }
		});
		// count: 1/4 = 0.25
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'count' }).value).toBe(0.25);
	});

	it('gives 0 for a single competitive contract', () => {
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'value' }).value).toBe(0);
	});

	it('gives NULL when no method is stated', () => {
		expect(pick(results, { country: 'MLI', year: 2023, measure: 'count' })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});
});
