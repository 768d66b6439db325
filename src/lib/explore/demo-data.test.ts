import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDemo } from '../../../scripts/build-demo.ts';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { DEMO_DATASET_IDS, syncDemo } from './demo-data.ts';
import { nodeDemoReader } from './demo-data-node.ts';

const db = withEmptyTables();
const read = nodeDemoReader();
const lines = async (file: string) =>
	(await readFile(join('data/demo', file), 'utf8')).trimEnd().split('\n').length - 1;

async function countsByDataset() {
	const rows = await db.engine.query<{ id: string; n: number }>(`
		SELECT dataset_id AS id, count(*)::INTEGER AS n FROM (
			SELECT dataset_id FROM budget_lines UNION ALL SELECT dataset_id FROM contracts
			UNION ALL SELECT dataset_id FROM oversight_events) GROUP BY ALL ORDER BY id`);
	return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

describe('syncDemo', () => {
	test('with no user data, every kind shows its demo file, every row of it', async () => {
		expect(await syncDemo(db.engine, [], read)).toEqual(['budget', 'contracts', 'oversight']);
		expect(await countsByDataset()).toEqual({
			'demo-budget': await lines('budget-lines.csv'),
			'demo-contracts': await lines('contracts.csv'),
			'demo-oversight': await lines('oversight-events.csv')
		});
	});

	test('columns land by name: row 3 of the budget file is a classified defence line', async () => {
		await syncDemo(db.engine, [], read);
		// data/demo/budget-lines.csv line 3: BFA,2016,Ministère de la Défense,defence,goods_services,
		// …,16235734000,18000772000,19819580000,XOF,true
		const [row] = await db.engine.query(
			`SELECT country, year, institution, category, approved, revised, executed, currency, classified
			FROM budget_lines WHERE dataset_id = ? AND source_row = 3`,
			[DEMO_DATASET_IDS.budget]
		);
		expect(row).toEqual({
			country: 'BFA',
			year: 2016,
			institution: 'Ministère de la Défense',
			category: 'goods_services',
			approved: 16235734000,
			revised: 18000772000,
			executed: 19819580000,
			currency: 'XOF',
			classified: true
		});
	});

	test('a kind the user imported drops its demo rows; running twice adds nothing', async () => {
		await syncDemo(db.engine, [], read);
		expect(await syncDemo(db.engine, ['budget'], read)).toEqual(['contracts', 'oversight']);
		await syncDemo(db.engine, ['budget'], read);
		const counts = await countsByDataset();
		expect(counts['demo-budget']).toBeUndefined();
		expect(counts['demo-contracts']).toBe(await lines('contracts.csv'));
	});
});

test('the committed demo files are exactly what scripts/build-demo.ts writes (deterministic)', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'vigie-demo-'));
	try {
		for (const path of await buildDemo(dir)) {
			const name = path.slice(dir.length + 1);
			expect(await readFile(path, 'utf8'), name).toBe(
				await readFile(join('data/demo', name), 'utf8')
			);
		}
	} finally {
		await rm(dir, { recursive: true });
	}
});
