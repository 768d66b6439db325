import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { competitiveShare } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, competitiveShare);
});
afterAll(() => engine.close());

describe('competitive-share', () => {
	it('shares value among contracts with a stated method and bands it like PI-24.2', () => {
		// (500 open + 200 selective) / (500+200+100+200) = 0.7 -> B; C5 (no method) left out: 4/5
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'value' })).toMatchObject({
			value: 0.7,
			score: 'B',
			coverage: { n: 4, total: 5 }
		});
	});

	it('shares the count too, without a band', () => {
		// 2 competitive / 4 with a method = 0.5
		const row = pick(results, { country: 'BFA', year: 2023, measure: 'count' });
		expect(row.value).toBe(0.5);
		expect(row.score).toBeUndefined();
	});

	it('scores a single open contract A', () => {
		// BFA 2022: 300/300 = 1
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'value' })).toMatchObject({
			value: 1,
			score: 'A',
			coverage: { n: 1, total: 1 }
		});
	});

	it('scores D under 60%', () => {
		// NER 2023: 590/(590+410) = 0.59
		expect(pick(results, { country: 'NER', year: 2023, measure: 'value' }).score).toBe('D');
	});

	it('gives NULL and no score when no method is stated', () => {
		const row = pick(results, { country: 'MLI', year: 2023, measure: 'value' });
		expect(row).toMatchObject({ value: null, coverage: { n: 0, total: 1 } });
		expect(row.score).toBeUndefined();
	});
});
