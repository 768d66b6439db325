import { expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { oversightResults } from './oversight-results.ts';
import { oversightLoader } from './oversight-view-data.ts';

const db = withEmptyTables();
const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;

/** The engine with a count of the queries it was asked to run. */
function counting(engine: Engine): { engine: Engine; queries: () => number } {
	let n = 0;
	return {
		engine: {
			query: (sql, params) => (n++, engine.query(sql, params)),
			exec: (sql) => engine.exec(sql),
			registerFile: (name, bytes) => engine.registerFile(name, bytes),
			dropFile: (name) => engine.dropFile(name),
			close: () => engine.close()
		},
		queries: () => n
	};
}

test('the loader gives the same figures as the indicators run for those filters', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const load = oversightLoader(db.engine);
	for (const query of ['', 'country=MLI,TCD&from=2018&to=2021', 'sector=security&to=2017']) {
		const view = await load(filters(query));
		expect(view.results).toEqual(await oversightResults(db.engine, filters(query)));
		expect(view.amounts.length).toBe(view.results.audit.length);
	}
});

test('a country or year change runs no query; a new sector reruns only the classified share', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const counted = counting(db.engine);
	const load = oversightLoader(counted.engine);
	await load(filters(''));
	const first = counted.queries();
	expect(first).toBeGreaterThan(0);
	const mali = await load(filters('country=MLI&from=2020'));
	expect(counted.queries()).toBe(first);
	expect(mali.results.classified.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
	await load(filters('country=MLI&sector=defence'));
	const afterSector = counted.queries();
	// runIndicators' table listing + the classified-share query, nothing else
	expect(afterSector - first).toBe(2);
	await load(filters('sector=defence&country=NER'));
	expect(counted.queries()).toBe(afterSector);
});
