import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDemo } from '../../../scripts/build-demo.ts';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { DEMO_DATASET_IDS, syncDefaults, syncDemo, type PublishedDefaults } from './demo-data.ts';
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

describe('syncDefaults with a publication', () => {
	// A publisher's budget file in canonical form, as `vigie publish` writes it: two lines.
	const csv = [
		'source_row,country,year,institution,sector,category,programme,line_label,approved,revised,executed,currency,classified',
		'2,NER,2021,Ministère de la Défense nationale,defence,personnel,,Soldes,62418500000.0,,63987250000.0,XOF,',
		'4,NER,2022,Ministère de l’Intérieur,security,transfers,,Appui,1200000000.0,,950000000.0,XOF,false'
	].join('\n');
	const published: PublishedDefaults = {
		datasets: [{ id: 'published:budget-ner', kind: 'budget', path: 'budget-ner.csv' }],
		read: async (path) => {
			expect(path).toBe('budget-ner.csv');
			return new TextEncoder().encode(csv);
		}
	};

	test('a published kind replaces the demo of that kind only; the others stay demo', async () => {
		expect(await syncDefaults(db.engine, [], read, published)).toEqual({
			demoKinds: ['contracts', 'oversight'],
			publishedKinds: ['budget']
		});
		const counts = await countsByDataset();
		expect(counts['published:budget-ner']).toBe(2);
		expect(counts['demo-budget']).toBeUndefined();
		expect(counts['demo-contracts']).toBe(await lines('contracts.csv'));
		// typed by the table: 62 418,5 M executed 63 987,25 M; an empty cell is NULL
		expect(
			await db.engine.query(
				`SELECT source_row, approved, revised, executed, classified FROM budget_lines ORDER BY source_row`
			)
		).toEqual([
			{
				source_row: 2,
				approved: 62418500000,
				revised: null,
				executed: 63987250000,
				classified: null
			},
			{ source_row: 4, approved: 1200000000, revised: null, executed: 950000000, classified: false }
		]);
	});

	test('a visitor’s own budget replaces the published one; removing it brings it back', async () => {
		await syncDefaults(db.engine, [], read, published);
		expect(await syncDefaults(db.engine, ['budget'], read, published)).toEqual({
			demoKinds: ['contracts', 'oversight'],
			publishedKinds: []
		});
		expect((await countsByDataset())['published:budget-ner']).toBeUndefined();
		expect((await countsByDataset())['demo-budget']).toBeUndefined();
		await syncDefaults(db.engine, [], read, published);
		await syncDefaults(db.engine, [], read, published);
		expect((await countsByDataset())['published:budget-ner']).toBe(2);
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
