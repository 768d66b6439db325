/**
 * The procurement view's table of flagged contracts shows, for each contract, the Cardinal codes
 * `vigie flags` finds for it: one SQL for both (demo contracts, the view's own queries).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { buildProcurement } from './build-procurement.ts';
import { queryFlagged, scopeWhere } from './procurement-queries.ts';
import { DEFAULT_FLAG_SETTINGS } from '../flags/cardinal-settings.ts';
import { contractFlags } from '../flags/contract-flags.ts';
import { contractKey } from '../flags/codes-of-contracts.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await syncDemo(engine, [], nodeDemoReader());
	await buildProcurement(engine);
});
afterAll(() => engine.close());

test('each flagged contract of a page carries the codes `vigie flags` gives it', async () => {
	const all = new Map<string, string[]>();
	for (const f of await contractFlags(engine, DEFAULT_FLAG_SETTINGS))
		all.set(contractKey(f), [...(all.get(contractKey(f)) ?? []), f.code].sort());
	const where = scopeWhere(parseFilters(new URLSearchParams('country=NER')).filters);
	let withCodes = 0;
	for (const page of [0, 1, 2]) {
		const rows = await queryFlagged(engine, where, 'date', 'local', page);
		expect(rows).toHaveLength(25);
		for (const row of rows) {
			expect(row.cardinal).toEqual(all.get(contractKey(row)) ?? []);
			if (row.cardinal.length) withCodes++;
		}
	}
	// the demo has short tender periods and single bids among Niger's flagged contracts
	expect(withCodes).toBeGreaterThan(10);
});
