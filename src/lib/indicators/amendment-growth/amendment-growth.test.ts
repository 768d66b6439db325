import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { amendmentGrowth } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, amendmentGrowth);
});
afterAll(() => engine.close());

describe('amendment-growth', () => {
	it('compares final and awarded value over contracts with a known final value', () => {
		// (130 + 260 + 100 unamended) / (100 + 200 + 100) - 1 = 490/400 - 1 = 0.225
		// A4 (amendments unknown) left out -> coverage 3/4
		expect(pick(results, { country: 'BFA', year: 2023 })).toMatchObject({
			value: 0.225,
			unit: 'growth',
			coverage: { n: 3, total: 4 }
		});
	});

	it('shows a reduction as negative growth for a single contract', () => {
		// 45/50 - 1 = -0.1
		expect(pick(results, { country: 'BFA', year: 2022 }).value).toBe(-0.1);
	});

	it('gives NULL when amendments happened but the final value is not given', () => {
		expect(pick(results, { country: 'MLI', year: 2023 })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('gives NULL for a contract awarded at zero', () => {
		// 10/0 -> NULL
		expect(pick(results, { country: 'NER', year: 2023 }).value).toBeNull();
	});
});
