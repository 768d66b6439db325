import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { publicationLag } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, publicationLag);
});
afterAll(() => engine.close());

describe('publication-lag', () => {
	it('counts days from 31 December to publication, on time within 12 months for the execution law', () => {
		// 2021-12-31 -> 2022-11-15 = 365 - 46 = 319 days; deadline 2022-12-31
		expect(pick(results, { country: 'BFA', year: 2021, group: 'execution_law' })).toMatchObject({
			value: 319,
			unit: 'days',
			score: 'on_time'
		});
	});

	it('holds the year-end report to 6 months', () => {
		// 2021-12-31 -> 2022-08-15 = 31+28+31+30+31+30+31+15 = 227 days; deadline 2022-06-30
		expect(pick(results, { country: 'BFA', year: 2021, group: 'year_end_report' })).toMatchObject({
			value: 227,
			score: 'late'
		});
	});

	it('takes the first of several audit reports', () => {
		// 2022-10-01 (not 2023-03-01): 365 - 91 = 274 days
		expect(pick(results, { country: 'BFA', year: 2021, group: 'audit_report' })).toMatchObject({
			value: 274,
			score: 'on_time'
		});
	});

	it('counts the deadline day itself as on time', () => {
		// 2022-12-31 = 365 days, the last day of the 12-month window
		expect(pick(results, { country: 'MLI', year: 2021, group: 'audit_report' })).toMatchObject({
			value: 365,
			score: 'on_time'
		});
	});

	it('gives NULL and no score for a document listed without a date', () => {
		const row = pick(results, { country: 'BFA', year: 2022, group: 'execution_law' });
		expect(row.value).toBeNull();
		expect(row.score).toBeUndefined();
	});

	it('leaves out documents whose deadline needs dates the data lack', () => {
		expect(results.some((r) => r.group?.name === 'in_year_report')).toBe(false);
	});
});
