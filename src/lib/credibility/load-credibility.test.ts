import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { loadBoost } from './load-boost.ts';
import { loadCredibility } from './load-credibility.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await syncDemo(engine, [], nodeDemoReader());
	await loadMilex(engine, 'data/sipri-milex.csv');
	await loadBoost(engine, 'data/boost-budget-execution.csv');
});
afterAll(() => engine.close());

const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;

test('within one session, a filter change gives exactly what a fresh computation gives', async () => {
	const session = {};
	// Warm the remembered PI-1/PI-2 and BOOST results, then change years, basis, category, countries.
	await loadCredibility(engine, filters('country=MLI,NER'), session);
	for (const query of [
		'country=MLI,NER&from=2019&to=2022',
		'country=MLI,NER&from=2019&to=2022&basis=usd',
		'country=MLI,NER&from=2019&to=2022&basis=usd&category=capital',
		'country=NER&from=2019&to=2022&basis=usd&category=capital',
		'country=BFA,NER&from=2019&to=2022'
	]) {
		const remembered = await loadCredibility(engine, filters(query), session);
		const fresh = await loadCredibility(engine, filters(query));
		expect(remembered, query).toEqual(fresh);
		const years = new Set(remembered.pefa.map((r) => r.year));
		expect(Math.min(...years), query).toBe(2019);
		expect(Math.max(...years), query).toBe(2022);
	}
});
