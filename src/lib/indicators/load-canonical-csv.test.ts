import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { detectTableKind, loadCanonicalCsv, readHeader } from './load-canonical-csv.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
});
afterAll(() => engine.close());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectTableKind', () => {
	it('tells the four kinds apart by their columns', () => {
		expect(detectTableKind(readHeader('country,year,institution,sector,category,approved\n'))).toBe(
			'budget_lines'
		);
		expect(detectTableKind(readHeader('\uFEFFbuyer;amount;currency\n'))).toBe('contracts');
		expect(detectTableKind(readHeader('country,year_covered,body,document\n'))).toBe(
			'oversight_events'
		);
		expect(detectTableKind(readHeader('"country","year","series","value","status"\n'))).toBe(
			'milex'
		);
		expect(detectTableKind(readHeader('a,b,c\n'))).toBeNull();
	});
});

describe('loadCanonicalCsv', () => {
	it('fills dataset_id with the file name and source_row with the line number', async () => {
		const csv =
			'country,year,institution,sector,category,approved,executed,currency\n' +
			'BFA,2023,Défense,defence,personnel,100,,XOF\nBFA,2023,Sécurité,security,capital,50,40,XOF\n';
		expect(await loadCanonicalCsv(engine, 'budget.csv', bytes(csv))).toEqual({
			table: 'budget_lines',
			rows: 2
		});
		const rows = await engine.query(
			'SELECT dataset_id, source_row, executed, classified FROM budget_lines ORDER BY source_row'
		);
		// header = line 1; an empty executed cell is NULL, not 0
		expect(rows).toEqual([
			{ dataset_id: 'budget.csv', source_row: 2, executed: null, classified: null },
			{ dataset_id: 'budget.csv', source_row: 3, executed: 40, classified: null }
		]);
	});

	it('refuses a file whose columns it does not recognise', async () => {
		await expect(loadCanonicalCsv(engine, 'x.csv', bytes('a,b\n1,2\n'))).rejects.toThrow(
			/not recognised/
		);
	});
});
