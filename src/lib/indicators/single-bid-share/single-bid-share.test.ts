import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { singleBidShare } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, singleBidShare);
});
afterAll(() => engine.close());

describe('single-bid-share', () => {
	it('counts single bids among open and selective tenders with a known bid count', () => {
		// S1 (1 bid), S2 (3), S3 (1) known; S4 unknown; S5 direct excluded -> 2/3, coverage 3/4
		const row = pick(results, { country: 'BFA', year: 2023 });
		expect(row.value).toBeCloseTo(2 / 3, 11);
		expect(row.coverage).toEqual({ n: 3, total: 4 });
	});

	it('gives 0 for a single contract with two bids', () => {
		expect(pick(results, { country: 'BFA', year: 2022 }).value).toBe(0);
	});

	it('gives NULL with zero coverage when bid counts are missing', () => {
		expect(pick(results, { country: 'MLI', year: 2023 })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('counts a negative bid count as unknown, as Cardinal flags it not (fixture "negative")', () => {
		// TCD 2023: S9 open with −1 bids, S10 selective with 1 bid -> 1/1, coverage 1/2
		expect(pick(results, { country: 'TCD', year: 2023 })).toMatchObject({
			value: 1,
			coverage: { n: 1, total: 2 }
		});
	});

	it('leaves out a derogation with no stated method: it is not a competitive tender', () => {
		// MRT 2023: S11 « marché spécial », 1 bid, no method -> no open or selective tender, no row
		expect(results.some((r) => r.country === 'MRT')).toBe(false);
	});

	it('leaves out a cancelled tender, as Cardinal does', () => {
		// BFA 2024: S12 open, 1 bid but cancelled (out of numerator, denominator and coverage),
		// S13 open, 2 bids, complete -> 0/1, coverage 1/1; counting S12 would give 1/2, coverage 2/2
		expect(pick(results, { country: 'BFA', year: 2024 })).toMatchObject({
			value: 0,
			coverage: { n: 1, total: 1 }
		});
	});

	it('has no row for a country with only direct awards', () => {
		expect(results.some((r) => r.country === 'NER')).toBe(false);
	});
});
