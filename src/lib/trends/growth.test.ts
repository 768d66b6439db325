import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { queryGrowth, toGrowthReport } from './growth.ts';
import { loadMilex } from './load-milex.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await loadMilex(engine, join(import.meta.dirname, 'fixtures', 'milex-small.csv'));
});
afterAll(() => engine.close());

const byCountry = async (from: number, to: number) =>
	Object.fromEntries((await queryGrowth(engine, from, to)).map((r) => [r.country, r]));

describe('growth between two years (growth.sql)', () => {
	test('per-country growth is to ÷ from − 1 on the constant-price series', async () => {
		const g = await byCountry(2005, 2019);
		expect(g.BFA!.growth).toBeCloseTo(250 / 100 - 1, 12); // 1.5 = +150 %
		expect(g.MRT!.growth).toBe(0); // 50 → 50
		expect(g.TCD!.growth).toBeCloseTo(9, 12); // 10 → 100 = +900 %
	});
	test('compound annual growth over 14 years: (250/100)^(1/14) − 1', async () => {
		const g = await byCountry(2005, 2019);
		expect(g.BFA!.cagr).toBeCloseTo(Math.pow(2.5, 1 / 14) - 1, 12); // ≈ 0.0676
	});
	test('G5 is the growth of the sum of the five: (250+300+50+100+100) ÷ (100+200+50+40+10) − 1 = 1', async () => {
		const g = await byCountry(2005, 2019);
		expect(g.G5!.v_from).toBe(400);
		expect(g.G5!.v_to).toBe(800);
		expect(g.G5!.growth).toBeCloseTo(1, 12);
		// The world total in the same table is never added in.
		expect(Object.keys(g).sort()).toEqual(['BFA', 'G5', 'MLI', 'MRT', 'NER', 'TCD']);
	});
	test('a missing year gives null for that country and for the G5, never a zero-based figure', async () => {
		const g = await byCountry(2006, 2019); // Niger 2006 is missing; others have no 2006 row at all
		expect(g.NER!.growth).toBeNull();
		expect(g.G5!.growth).toBeNull();
		const m = await byCountry(2007, 2019); // Mauritania 2007 is a SIPRI 0 treated as missing
		expect(m.MRT!.growth).toBeNull();
	});
	test('toGrowthReport gives the CLI shape with every G5 country present', async () => {
		const report = toGrowthReport(await queryGrowth(engine, 2005, 2019), {
			release: 'r',
			prices: 'p',
			from: 2005,
			to: 2019
		});
		expect(report).toEqual({
			release: 'r',
			prices: 'p',
			from: 2005,
			to: 2019,
			by_country: { BFA: 1.5, MLI: 0.5, MRT: 0, NER: 1.5, TCD: 9 },
			g5: 1
		});
	});
});
