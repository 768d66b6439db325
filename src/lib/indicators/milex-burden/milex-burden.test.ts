import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { milexBurden } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, milexBurden);
});
afterAll(() => engine.close());

describe('milex-burden', () => {
	it('passes SIPRI country values through with their unit', () => {
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'share_gdp' })).toMatchObject({
			value: 0.04,
			unit: 'share'
		});
		expect(pick(results, { country: 'NER', year: 2023, measure: 'per_capita_usd' })).toMatchObject({
			value: 12,
			unit: 'usd'
		});
	});

	it('weights the G5 share of GDP by rebuilt GDP', () => {
		// GDP = 800/0.04 + 900/0.045 + 200/0.02 + 300/0.015 + 400/0.02 = 20000*4 + 10000 = 90000
		// G5 = (800+900+200+300+400)/90000 = 2600/90000 = 0.0288888888889
		const row = pick(results, { country: 'G5', year: 2023, measure: 'share_gdp' });
		expect(row.value).toBeCloseTo(2600 / 90000, 11);
		expect(row.coverage).toEqual({ n: 5, total: 5 });
	});

	it('weights the G5 share of government spending and per capita', () => {
		// gov = 800/0.2 + 900/0.18 + 200/0.1 + 300/0.1 + 400/0.1 = 4000+5000+2000+3000+4000 = 18000
		expect(pick(results, { country: 'G5', year: 2023, measure: 'share_gov' }).value).toBeCloseTo(
			2600 / 18000,
			11
		);
		// population = 800/40 + 900/40 + 200/50 + 300/12 + 400/20 = 20+22.5+4+25+20 = 91.5
		expect(
			pick(results, { country: 'G5', year: 2023, measure: 'per_capita_usd' }).value
		).toBeCloseTo(2600 / 91.5, 8);
	});

	it('leaves the G5 aggregate empty when one country is missing', () => {
		// MRT 2022 share of GDP is missing -> 4 of 5
		expect(pick(results, { country: 'G5', year: 2022, measure: 'share_gdp' })).toMatchObject({
			value: null,
			coverage: { n: 4, total: 5 }
		});
		expect(pick(results, { country: 'MRT', year: 2022, measure: 'share_gdp' }).value).toBeNull();
	});

	it('keeps regional rows but leaves them out of the G5', () => {
		expect(pick(results, { country: 'WLD', year: 2023, measure: 'share_gdp' }).value).toBe(0.022);
	});
});
