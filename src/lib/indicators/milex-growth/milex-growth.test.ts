import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { milexGrowth } from './indicator.ts';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
});
afterAll(() => engine.close());

describe('milex-growth', () => {
	it('computes year-on-year real growth, NULL after a missing year', async () => {
		const results = await runIndicator(engine, milexGrowth);
		// 110/100 - 1 = 0.1; 121/110 - 1 = 0.1
		expect(pick(results, { country: 'BFA', year: 2015, measure: 'real_growth' }).value).toBe(0.1);
		expect(pick(results, { country: 'BFA', year: 2016, measure: 'real_growth' }).value).toBe(0.1);
		// 2023 is missing -> 2024 growth NULL; 2014 has no previous year -> NULL
		expect(pick(results, { country: 'BFA', year: 2024, measure: 'real_growth' }).value).toBeNull();
		expect(pick(results, { country: 'BFA', year: 2014, measure: 'real_growth' }).value).toBeNull();
	});

	it('computes the G5 on the sum, only when all five have a value', async () => {
		const results = await runIndicator(engine, milexGrowth);
		// 2014: 100+200+100+50+250 = 700; 2015: 110+220+100+55+215 = 700 -> 0
		expect(pick(results, { country: 'G5', year: 2015, measure: 'real_growth' }).value).toBe(0);
		// 2016: only BFA -> G5 level NULL -> growth NULL
		expect(pick(results, { country: 'G5', year: 2016, measure: 'real_growth' }).value).toBeNull();
	});

	it('computes the compound annual growth between the default years 2014 and 2024', async () => {
		const results = await runIndicator(engine, milexGrowth);
		// BFA (200/100)^(1/10) - 1 = 0.0717734625363
		expect(pick(results, { country: 'BFA', year: 2024, measure: 'cagr' })).toMatchObject({
			value: 0.0717734625363,
			fromYear: 2014
		});
		// TCD (550/250)^(1/10) - 1 = 2.2^0.1 - 1 = 0.0820373898183
		expect(pick(results, { country: 'TCD', year: 2024, measure: 'cagr' }).value).toBeCloseTo(
			0.0820373898183,
			11
		);
		// G5 (1400/700)^(1/10) - 1 = 0.0717734625363
		expect(pick(results, { country: 'G5', year: 2024, measure: 'cagr' }).value).toBeCloseTo(
			0.0717734625363,
			11
		);
	});

	it('takes the two years as bound parameters', async () => {
		const results = await runIndicator(engine, milexGrowth, { from_year: 2014, to_year: 2016 });
		// BFA (121/100)^(1/2) - 1 = 1.1 - 1 = 0.1; MLI has no 2016 value -> no row
		expect(pick(results, { country: 'BFA', year: 2016, measure: 'cagr' }).value).toBe(0.1);
		expect(results.some((r) => r.country === 'MLI' && r.measure === 'cagr')).toBe(false);
	});
});
