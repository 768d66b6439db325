import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { INDICATORS } from './index.ts';
import { loadFixtures } from './load-fixtures.ts';
import { runIndicators } from './run-indicators.ts';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	// contracts only: budget and oversight tables are absent, milex too
	await loadFixtures(engine, join(import.meta.dirname, 'short-tender-period'));
});
afterAll(() => engine.close());

describe('runIndicators', () => {
	it('skips SIPRI indicators when the milex table is absent', async () => {
		const results = await runIndicators(engine);
		expect(results.some((r) => r.id.startsWith('milex-'))).toBe(false);
		expect(results.some((r) => r.id === 'short-tender-period')).toBe(true);
	});

	it('creates absent canonical tables empty, so their indicators return no rows', async () => {
		const results = await runIndicators(engine, {
			ids: ['execution-rate', 'key-documents-published']
		});
		expect(results).toEqual([]);
	});

	it('filters by id, country and year', async () => {
		const results = await runIndicators(engine, {
			ids: ['short-tender-period'],
			countries: ['BFA'],
			years: [2023]
		});
		// every method: T1 10 days and T5 3 (short), T2 15 and T3 30 (not), T4 unknown -> 2/4
		expect(results).toEqual([
			{
				id: 'short-tender-period',
				country: 'BFA',
				year: 2023,
				value: 0.5,
				unit: 'share',
				coverage: { n: 4, total: 5 }
			}
		]);
	});

	it('passes parameters to the indicator named', async () => {
		const results = await runIndicators(engine, {
			ids: ['short-tender-period'],
			countries: ['BFA'],
			years: [2023],
			params: { 'short-tender-period': { threshold_days: 20 } }
		});
		// 10, 15 and 3 are below 20, 30 is not -> 3/4
		expect(results[0]!.value).toBe(0.75);
	});
});

describe('the registry', () => {
	it('has unique ids and both explanations for every indicator', () => {
		const ids = INDICATORS.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const indicator of INDICATORS) {
			expect(indicator.about.fr, indicator.id).toMatch(/invitation à poser des questions/);
			expect(indicator.about.en, indicator.id).toMatch(/prompt to ask questions/);
		}
	});

	it('labels PEFA-based scores "PEFA-style"', () => {
		for (const indicator of INDICATORS.filter((i) => i.id.startsWith('pefa-'))) {
			expect(indicator.about.en).toMatch(/PEFA-style/);
			expect(indicator.about.fr).toMatch(/type PEFA/);
		}
	});
});
