import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { pefaPi2CompositionVariance } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, pefaPi2CompositionVariance);
});
afterAll(() => engine.close());

describe('pefa-pi2-composition-variance', () => {
	it('computes the variance by institution against the adjusted budget', () => {
		// factor = (90+60+110)/(100+100+100) = 260/300; Défense 200 -> adj 173.33, exec 150, |dev| 23.33
		// Sécurité 100 -> adj 86.67, exec 110, |dev| 23.33; (140/3)/260 = 7/39 = 0.179487179487
		const row = pick(results, { country: 'BFA', year: 2022, measure: 'institution' });
		expect(row.value).toBeCloseTo(7 / 39, 11);
		// the "other" sector line (Santé) is outside the scope: 3 lines, not 4
		expect(row.coverage).toEqual({ n: 3, total: 3 });
	});

	it('computes the variance by economic category', () => {
		// personnel 200 -> adj 173.33, exec 200, |dev| 26.67; capital 100 -> adj 86.67, exec 60, |dev| 26.67
		// (160/3)/260 = 8/39 = 0.205128205128
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'category' }).value).toBeCloseTo(
			8 / 39,
			11
		);
	});

	it('scores A when variance is under 5% in two of the last three years', () => {
		// 2020: 0/200 = 0; 2021: (2+2)/200 = 0.02; 2022: 0.179 -> A twice -> A
		expect(pick(results, { country: 'BFA', year: 2021, measure: 'institution' }).value).toBe(0.02);
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'institution' })).toMatchObject({
			score: 'A',
			scoredYears: [2020, 2021, 2022]
		});
		// 2021 has only 2020 before it: no score on two years
		expect(pick(results, { country: 'BFA', year: 2021, measure: 'institution' }).score).toBe(
			undefined
		);
	});

	it('gives NULL with zero coverage for a year with no executed figure', () => {
		expect(pick(results, { country: 'MLI', year: 2022, measure: 'institution' })).toMatchObject({
			value: null,
			coverage: { n: 0, total: 1 }
		});
	});

	it('gives NULL for a zero approved total', () => {
		// MLI 2023: 0 approved -> adjusted = 0*10/NULL -> NULL
		expect(pick(results, { country: 'MLI', year: 2023, measure: 'category' }).value).toBeNull();
	});

	it('uses only lines with both figures, and a single item has no variance', () => {
		// NER 2022: capital has no executed figure; personnel alone: adj = 100*80/100 = 80 -> 0/80 = 0
		expect(pick(results, { country: 'NER', year: 2022, measure: 'category' })).toMatchObject({
			value: 0,
			coverage: { n: 1, total: 2 }
		});
	});
});
