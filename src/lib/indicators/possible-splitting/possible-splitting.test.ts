import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { SUPPLIER_MACRO_SQL } from '../normalize-supplier.ts';
import { runIndicator } from '../run-indicators.ts';
import { possibleSplitting } from './indicator.ts';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await engine.exec(SUPPLIER_MACRO_SQL);
	await loadFixtures(engine, import.meta.dirname);
});
afterAll(() => engine.close());

describe('possible-splitting', () => {
	it('flags runs of sub-threshold awards to one supplier whose sum passes the threshold', async () => {
		const results = await runIndicator(engine, possibleSplitting);
		// P1 8M (1 Mar) + P2 7M (10 Mar, "ETS KONE" = "Ets Koné SARL") + P3 9M (25 Mar) = 24M > 20M -> 3
		// P7 12M (20 Dec 2023) + P8 11M (5 Jan 2024) = 23M > 20M -> 1 more in 2023
		// not flagged: P4 over threshold, P5+P6 = 9M, P9 alone; P10 has no supplier -> coverage 8/9
		expect(pick(results, { country: 'BFA', year: 2023 })).toMatchObject({
			value: 4,
			unit: 'count',
			coverage: { n: 8, total: 9 }
		});
		// P8 counts in its own award year
		expect(pick(results, { country: 'BFA', year: 2024 }).value).toBe(1);
	});

	it('gives 0 for a single contract', async () => {
		const results = await runIndicator(engine, possibleSplitting);
		expect(pick(results, { country: 'MLI', year: 2023 })).toMatchObject({
			value: 0,
			coverage: { n: 1, total: 1 }
		});
	});

	it('narrows with a shorter window', async () => {
		// 10 days: P1+P2 = 15M, P2 alone, P3 alone; P7/P8 are 16 days apart -> nothing
		const results = await runIndicator(engine, possibleSplitting, { window_days: 10 });
		expect(pick(results, { country: 'BFA', year: 2023 }).value).toBe(0);
	});

	it('moves with the threshold', async () => {
		// threshold 8.5M: under it P1 8M, P2 7M, P5 5M, P6 4M; P1+P2 = 15M > 8.5M, P5+P6 = 9M > 8.5M -> 4
		// P3 9M, P7 12M, P8 11M are now above the threshold
		const results = await runIndicator(engine, possibleSplitting, { threshold: 8_500_000 });
		expect(pick(results, { country: 'BFA', year: 2023 }).value).toBe(4);
		expect(pick(results, { country: 'BFA', year: 2024 }).value).toBe(0);
	});
});
