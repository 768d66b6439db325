import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { classifiedShare } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, classifiedShare);
});
afterAll(() => engine.close());

describe('classified-share', () => {
	it('shares classified approved amounts in the 3-8% band', () => {
		// 50 / (900+50+50) = 0.05; the classified "other" line (Santé 5000) is out of scope
		expect(pick(results, { country: 'BFA', year: 2022 })).toMatchObject({
			value: 0.05,
			score: 'le8',
			coverage: { n: 3, total: 3 }
		});
	});

	it('puts exactly 1% in the lowest band', () => {
		// 10 / (990+10) = 0.01
		expect(pick(results, { country: 'BFA', year: 2021 })).toMatchObject({
			value: 0.01,
			score: 'le1'
		});
	});

	it('uses the approved budget, so a year without execution still has a share', () => {
		// 5 / 1005 = 0.00497512437811
		expect(pick(results, { country: 'BFA', year: 2023 }).value).toBeCloseTo(5 / 1005, 11);
	});

	it('says "not public" when no line states whether it is classified', () => {
		expect(pick(results, { country: 'MLI', year: 2022 })).toMatchObject({
			value: null,
			score: 'not_public',
			coverage: { n: 0, total: 2 }
		});
	});

	it('leaves lines with unknown status out and shrinks coverage', () => {
		// 100 / (800+100) = 0.111111111111 > 8%; the 100 with no status is left out -> 2/3
		const row = pick(results, { country: 'NER', year: 2022 });
		expect(row.value).toBeCloseTo(1 / 9, 11);
		expect(row).toMatchObject({ score: 'gt8', coverage: { n: 2, total: 3 } });
	});
});
