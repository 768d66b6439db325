import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { SUPPLIER_MACRO_SQL } from '../normalize-supplier.ts';
import { runIndicator } from '../run-indicators.ts';
import { supplierConcentration } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await engine.exec(SUPPLIER_MACRO_SQL);
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, supplierConcentration);
});
afterAll(() => engine.close());

const defence = { country: 'BFA', year: 2023, group: 'Ministère de la Défense' };

describe('supplier-concentration', () => {
	it('merges spellings of one supplier before taking the top-1 share', () => {
		// kone fils 300+100 = 400, sahel vivres 200+100 = 300, auto import 200, garage central 100
		// top1 = 400/1000 = 0.4; K7 has no supplier -> coverage 6/7
		expect(pick(results, { ...defence, measure: 'top1' })).toMatchObject({
			value: 0.4,
			unit: 'share',
			group: { by: 'buyer', name: 'Ministère de la Défense' },
			coverage: { n: 6, total: 7 }
		});
	});

	it('sums the three largest suppliers', () => {
		// (400+300+200)/1000 = 0.9
		expect(pick(results, { ...defence, measure: 'top3' }).value).toBe(0.9);
	});

	it('computes the Herfindahl index on a 0-10 000 scale', () => {
		// (0.4² + 0.3² + 0.2² + 0.1²) × 10000 = (0.16+0.09+0.04+0.01) × 10000 = 3000
		const row = pick(results, { ...defence, measure: 'hhi' });
		expect(row.value).toBeCloseTo(3000, 6);
		expect(row.unit).toBe('hhi');
	});

	it('gives full concentration for a single contract', () => {
		const security = { country: 'BFA', year: 2023, group: 'Ministère de la Sécurité' };
		expect(pick(results, { ...security, measure: 'top1' }).value).toBe(1);
		expect(pick(results, { ...security, measure: 'hhi' }).value).toBe(10000);
	});

	it('gives NULL when no supplier is named', () => {
		expect(
			pick(results, {
				country: 'MLI',
				year: 2023,
				group: 'Ministère de la Défense',
				measure: 'top1'
			})
		).toMatchObject({ value: null, coverage: { n: 0, total: 1 } });
	});
});
