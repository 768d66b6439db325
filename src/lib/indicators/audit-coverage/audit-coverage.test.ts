import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { auditCoverage } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, auditCoverage);
});
afterAll(() => engine.close());

describe('audit-coverage', () => {
	it('divides audited amounts by executed defence and security spending', () => {
		// (300 + 200) / (800 + 200) = 0.5; Santé (other) and the execution law are ignored;
		// the third audit has no amount -> coverage 2/3
		expect(pick(results, { country: 'BFA', year: 2021 })).toMatchObject({
			value: 0.5,
			coverage: { n: 2, total: 3 }
		});
	});

	it('caps overlapping audits at 100%', () => {
		// (80 + 60) / 100 = 1.4 -> 1
		expect(pick(results, { country: 'BFA', year: 2020 }).value).toBe(1);
	});

	it('gives 0 when the country has oversight data but no audit that year', () => {
		expect(pick(results, { country: 'BFA', year: 2022 })).toMatchObject({
			value: 0,
			coverage: { n: 0, total: 0 }
		});
	});

	it('gives NULL for a year with no executed figure', () => {
		expect(pick(results, { country: 'BFA', year: 2023 }).value).toBeNull();
	});

	it('gives NULL when the country has no oversight data at all', () => {
		expect(pick(results, { country: 'MLI', year: 2022 }).value).toBeNull();
	});

	it('gives NULL for zero spending and for audits without amounts', () => {
		// NER 2022: 50 / 0 -> NULL; NER 2023: one audit, no amount -> NULL, coverage 0/1
		expect(pick(results, { country: 'NER', year: 2022 }).value).toBeNull();
		expect(pick(results, { country: 'NER', year: 2023 })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});
});
