import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { keyDocumentsPublished } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, keyDocumentsPublished);
});
afterAll(() => engine.close());

describe('key-documents-published', () => {
	it('counts distinct key documents listed for the year, out of six', () => {
		// budget_proposal, enacted_budget, in_year_report (twice = once), execution_law (no date) -> 4
		expect(pick(results, { country: 'BFA', year: 2022, measure: 'count' })).toMatchObject({
			value: 4,
			unit: 'count',
			coverage: { n: 4, total: 6 }
		});
	});

	it('marks each key document 1 or 0', () => {
		const doc = (name: string) =>
			pick(results, { country: 'BFA', year: 2022, measure: 'published', group: name });
		expect(doc('execution_law')).toMatchObject({ value: 1, unit: 'boolean' });
		expect(doc('audit_report').value).toBe(0);
		expect(doc('year_end_report').value).toBe(0);
	});

	it('does not count documents of type "other"', () => {
		// BFA 2023: enacted_budget + other -> 1
		expect(pick(results, { country: 'BFA', year: 2023, measure: 'count' }).value).toBe(1);
	});

	it('handles a year with a single audit report', () => {
		expect(pick(results, { country: 'MLI', year: 2023, measure: 'count' }).value).toBe(1);
		expect(results.filter((r) => r.country === 'MLI' && r.measure === 'published')).toHaveLength(6);
	});
});
