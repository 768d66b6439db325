import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { executionRate } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, executionRate);
});
afterAll(() => engine.close());

describe('execution-rate', () => {
	it('divides total executed by total approved, and by total revised', () => {
		// approved: (95+80+50)/(100+100+50) = 225/250 = 0.9
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'approved' })).toMatchObject({
			value: 0.9,
			unit: 'ratio',
			coverage: { n: 3, total: 3 }
		});
		// revised: 225/(110+80+50) = 225/240 = 0.9375
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'revised' }).value).toBe(0.9375);
	});

	it('breaks the rate down by institution and by economic category', () => {
		// Défense approved: (95+80)/(100+100) = 0.875; revised: 175/(110+80) = 0.921052631579
		const defence = { country: 'BFA', year: 2022, group: 'Ministère de la Défense' };
		expect(pick(results, { ...defence, measure: 'approved' }).value).toBe(0.875);
		expect(pick(results, { ...defence, measure: 'revised' }).value).toBeCloseTo(175 / 190, 11);
		// personnel approved: (95+50)/(100+50) = 0.966666666667; capital: 80/100 = 0.8
		const personnel = pick(results, {
			country: 'BFA',
			year: 2022,
			measure: 'approved',
			group: 'personnel'
		});
		expect(personnel.group).toEqual({ by: 'category', name: 'personnel' });
		expect(personnel.value).toBeCloseTo(145 / 150, 11);
		expect(
			pick(results, { country: 'BFA', year: 2022, measure: 'approved', group: 'capital' }).value
		).toBe(0.8);
	});

	it('gives NULL, not 0, for a year with no executed figure', () => {
		// BFA 2023: executed empty on both lines -> no usable line, coverage 0/2
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'approved' })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 2 }
		});
	});

	it('gives NULL for a zero approved amount instead of dividing by zero', () => {
		// MLI 2022: 5/0 -> NULL; revised basis still works: 5/10 = 0.5
		expect(pick(results, { country: 'MLI', year: 2022, measure: 'approved' }).value).toBeNull();
		expect(pick(results, { country: 'MLI', year: 2022, measure: 'revised' }).value).toBe(0.5);
	});

	it('leaves lines without executed figures out and shrinks the coverage', () => {
		// NER 2022: only the personnel line has both figures: 180/200 = 0.9, coverage 1/2
		expect(pick(results, { country: 'NER', year: 2022, measure: 'approved' })).toMatchObject({
			value: 0.9,
			coverage: { n: 1, total: 2 }
		});
		// no revised figure at all -> NULL, coverage 0/2
		expect(pick(results, { country: 'NER', year: 2022, measure: 'revised' })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 2 }
		});
	});
});
