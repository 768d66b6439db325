import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { shortTenderPeriod } from './indicator.ts';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
});
afterAll(() => engine.close());

describe('short-tender-period', () => {
	it('flags open tenders strictly under 15 days by default', async () => {
		const results = await runIndicator(engine, shortTenderPeriod);
		// every method, as Cardinal's R003 by default: T1 open 10 days (short), T2 open 15 (not
		// short: strictly below), T3 selective 30 (not), T5 direct 3 (short), T4 unknown
		// -> 2/4 = 0.5, coverage 4/5
		expect(pick(results, { country: 'BFA', year: 2023 })).toMatchObject({
			value: 0.5,
			coverage: { n: 4, total: 5 }
		});
		// no stated method is no exclusion (Cardinal's fixture "missing"): T8 14 days short, T9
		// limited 15 days not -> 1/2
		expect(pick(results, { country: 'BFA', year: 2021 })).toMatchObject({
			value: 0.5,
			coverage: { n: 2, total: 2 }
		});
		// single contract, 14 days -> 1/1
		expect(pick(results, { country: 'BFA', year: 2022 }).value).toBe(1);
		// period unknown -> NULL, coverage 0/1
		expect(pick(results, { country: 'MLI', year: 2023 })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('leaves out a cancelled tender, as Cardinal does', async () => {
		const results = await runIndicator(engine, shortTenderPeriod);
		// NER 2023: T10 open, 5 days but cancelled (out of numerator, denominator and coverage),
		// T11 open, 20 days, complete (not short) -> 0/1, coverage 1/1; counting T10 would give 1/2
		expect(pick(results, { country: 'NER', year: 2023 })).toMatchObject({
			value: 0,
			coverage: { n: 1, total: 1 }
		});
	});

	it('takes the threshold as a bound parameter', async () => {
		const results = await runIndicator(engine, shortTenderPeriod, { threshold_days: 20 });
		// 10, 15 and 3 are below 20, 30 is not -> 3/4 = 0.75
		expect(pick(results, { country: 'BFA', year: 2023 }).value).toBe(0.75);
	});

	it('rejects an unknown parameter name', async () => {
		await expect(runIndicator(engine, shortTenderPeriod, { days: 20 })).rejects.toThrow(
			/no parameter days/
		);
	});
});
