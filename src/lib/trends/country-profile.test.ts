import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { queryLatestFigures } from './country-profile.ts';
import { loadMilex } from './load-milex.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await loadMilex(engine, join(import.meta.dirname, 'fixtures', 'milex-small.csv'));
});
afterAll(() => engine.close());

test('the latest figure skips missing years and carries the G5 total of that year', async () => {
	const ner = await queryLatestFigures(engine, 'NER');
	// Niger: 2005 = 40, 2006 missing, 2019 = 100 → latest 2019. G5 2019 = 250+300+50+100+100 = 800.
	expect(ner.usd_constant_2023).toEqual({
		series: 'usd_constant_2023',
		year: 2019,
		value: 100,
		g5_total: 800
	});
});
test('a series whose latest year lacks one of the five has no G5 total (no partial shares)', async () => {
	const bfa = await queryLatestFigures(engine, 'BFA');
	// BFA's only usd_current figure is 2005 = 1; the G5 total applies to constant prices only.
	expect(bfa.usd_current).toEqual({ series: 'usd_current', year: 2005, value: 1, g5_total: null });
	const mrt = await queryLatestFigures(engine, 'MRT');
	expect(mrt.usd_constant_2023?.year).toBe(2019); // 2007 is zero_as_missing, never "latest"
});
