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
		// open: T1 10 days (short), T2 15 (not short), T4 unknown; T3 selective, T5 direct out
		// -> 1/2 = 0.5, coverage 2/3
		expect(pick(results, { country: 'BFA', year: 2023 })).toMatchObject({
			value: 0.5,
			coverage: { n: 2, total: 3 }
		});
		// single contract, 14 days -> 1/1
		expect(pick(results, { country: 'BFA', year: 2022 }).value).toBe(1);
		// period unknown -> NULL, coverage 0/1
		expect(pick(results, { country: 'MLI', year: 2023 })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('takes the threshold as a bound parameter', async () => {
		const results = await runIndicator(engine, shortTenderPeriod, { threshold_days: 20 });
		// 10 < 20 and 15 < 20 -> 2/2 = 1
		expect(pick(results, { country: 'BFA', year: 2023 }).value).toBe(1);
	});

	it('rejects an unknown parameter name', async () => {
		await expect(runIndicator(engine, shortTenderPeriod, { days: 20 })).rejects.toThrow(
			/no parameter days/
		);
	});
});
