import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { revisionGap } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, revisionGap);
});
afterAll(() => engine.close());

describe('revision-gap', () => {
	it('divides revised by approved over defence and security lines', () => {
		// (120+90)/(100+100) = 1.05; Santé (other sector, 100 -> 500) left out
		expect(pick(results, { country: 'BFA', year: 2022 })).toMatchObject({
			value: 1.05,
			coverage: { n: 2, total: 2 }
		});
	});

	it('gives the ratio per institution', () => {
		// Défense 120/100 = 1.2; Sécurité 90/100 = 0.9
		expect(pick(results, { country: 'BFA', year: 2022, group: 'Défense' }).value).toBe(1.2);
		expect(pick(results, { country: 'BFA', year: 2022, group: 'Sécurité' }).value).toBe(0.9);
	});

	it('gives NULL when no revised figure exists, not a ratio of 1', () => {
		expect(pick(results, { country: 'BFA', year: 2023 })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('gives NULL for a zero approved amount', () => {
		// 50/0 -> NULL
		expect(pick(results, { country: 'MLI', year: 2022 }).value).toBeNull();
	});
});
