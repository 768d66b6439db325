/**
 * Workbooks through the whole import (`importFile`, as the page and the CLI run it): the same
 * rows and totals as the CSV they were saved from, values read from the cells' types, the
 * sheet's own row numbers in problems, and the sheet chosen by default or by name.
 */
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../db/engine.ts';
import { openNodeEngine } from '../../../db/node-engine.ts';
import { readFixture } from '../../fixtures/read-fixture.ts';
import { importFile } from '../../import-file.ts';
import { summarizeDataset } from '../../report/summarize-dataset.ts';
import { openSource } from '../open-source.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
});
afterAll(async () => {
	await engine.close();
});

async function importSummary(name: string, options: { country?: string } = {}) {
	const result = await importFile(
		engine,
		{ name, bytes: readFixture(name) },
		{ ...options, datasetId: name }
	);
	expect(result.problems).toEqual([]);
	return summarizeDataset(engine, result.sniff!.mapping.kind, name);
}

/** A one-sheet .xlsx written by SheetJS from rows of cells (row 1 first). */
function workbook(sheets: Record<string, (XLSX.CellObject | null)[][]>): Uint8Array {
	const book = XLSX.utils.book_new();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = XLSX.utils.aoa_to_sheet([[]], { dense: true });
		sheet['!data'] = rows.map((row) => row.map((cell) => cell ?? undefined!));
		const width = Math.max(1, ...rows.map((r) => r.length));
		sheet['!ref'] = `A1:${XLSX.utils.encode_col(width - 1)}${Math.max(1, rows.length)}`;
		XLSX.utils.book_append_sheet(book, sheet, name);
	}
	return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}
const text = (v: string): XLSX.CellObject => ({ t: 's', v });
const num = (v: number, z = 'General'): XLSX.CellObject => ({ t: 'n', v, z });

describe('a French budget saved as a workbook (title row, blank row, a "Notes" sheet)', () => {
	const files = [
		'niger-budget-fr.xlsx',
		'niger-budget-fr.ods',
		'niger-budget-fr.xls',
		'niger-budget-fr-libreoffice.ods',
		'niger-budget-fr-libreoffice.xlsx'
	];
	for (const name of files)
		it(`${name} gives the same summary as the CSV it was saved from`, async () => {
			const csv = await importSummary('niger-budget-fr-cp1252.csv');
			const summary = await importSummary(name);
			expect(summary).toEqual(csv);
			// 2021 voted: 62 418,50 + 18 250 + 35 000 + 21 730 + 1 200 = 138 598,5 millions FCFA
			expect(summary).toMatchObject({
				rows: 11,
				by_year: { 2021: { approved: 138_598_500_000 } }
			});
		});

	it('lists both sheets, reads the first with data, and fixes the conventions it wrote', async () => {
		const source = await openSource({
			name: 'b.xlsx',
			bytes: readFixture('niger-budget-fr.xlsx')
		});
		// Budget: title + header + 11 data rows (the blank and ";;;;" lines of the CSV are empty).
		expect(source.sheets).toEqual([
			{ name: 'Budget', rows: 13 },
			{ name: 'Notes', rows: 3 }
		]);
		expect(source.sheet).toBe('Budget');
		expect(source.fixed).toEqual({
			encoding: 'utf-8',
			delimiter: ';',
			numberFormat: 'space_comma',
			dateFormat: 'ymd'
		});
		// The amount cell is the number 62418.5 (shown "62 418,50 FCFA"); the title row is blank.
		const lines = new TextDecoder().decode(source.bytes).split('\n');
		expect(lines.slice(0, 3)).toEqual([
			'',
			'',
			'Pays;Exercice;Section;Programme;Nature de la dépense;Libellé;Crédits votés (en millions de FCFA);Dotation révisée (en millions de FCFA);Exécution (en millions de FCFA)'
		]);
		expect(lines[3]).toBe(
			'Niger;2021;Ministère de la Défense nationale;Défense du territoire;Personnel;Soldes et indemnités;62418,5;64102;63987,25'
		);
	});

	it('keeps the sheet’s row numbers: each row is the CSV’s row + 2 (title and blank rows)', async () => {
		const rows = async (name: string) => {
			await importFile(engine, { name, bytes: readFixture(name) }, { datasetId: `rows-${name}` });
			const found = await engine.query<{ source_row: number }>(
				`SELECT source_row FROM budget_lines WHERE dataset_id = ? ORDER BY source_row`,
				[`rows-${name}`]
			);
			return found.map((r) => r.source_row);
		};
		const csv = await rows('niger-budget-fr-cp1252.csv');
		expect(csv).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11, 13, 14]);
		expect(await rows('niger-budget-fr.xlsx')).toEqual(csv.map((r) => r + 2));
	});
});

describe('contracts with date cells', () => {
	for (const name of ['contracts-bulletin.xlsx', 'contracts-bulletin-libreoffice.ods'])
		it(`${name}: dates are dates whatever their display ("14/02/2022", "3 mai 2022")`, async () => {
			const csv = await importSummary('contracts-bulletin-no-country.csv');
			expect(await importSummary(name)).toEqual(csv);
			const dates = await engine.query<{ d: string }>(
				`SELECT CAST(award_date AS VARCHAR) AS d FROM contracts WHERE dataset_id = ? ORDER BY source_row`,
				[name]
			);
			expect(dates.map((r) => r.d)).toEqual([
				'2022-02-14',
				'2022-05-03',
				'2022-07-21',
				'2022-09-30',
				'2022-12-12'
			]);
		});
});

describe('cells are read from their type', () => {
	const header = ['Pays', 'Exercice', 'Ministère', 'Crédits votés (FCFA)'].map(text);
	const row = (amount: XLSX.CellObject) => [text('Niger'), num(2023), text('Défense'), amount];
	const bytes = workbook({
		Budget: [
			[text('Lignes budgétaires 2023')],
			header,
			row(num(1234.5, '#,##0.00\\ "FCFA"')), // row 3: a number shown "1 234,50 FCFA"
			row(text('1 234,5')), // row 4: a number typed as text, French style
			row(text('1,234.50')), // row 5: typed as text in another convention
			row(text('=HYPERLINK("http://example.org","clic")')), // row 6: formula-like text
			row({ t: 'n', v: 2000, f: 'SUM(1000,1000)' }), // row 7: a formula: its computed value
			row({ t: 'e', v: 0x07 }), // row 8: #DIV/0!
			row(num(1e20)) // row 9: an absurd magnitude
		]
	});

	it('accepts the number cell and French text, rejects the rest at the sheet’s own row', async () => {
		const result = await importFile(engine, { name: 'cells.xlsx', bytes }, { datasetId: 'cells' });
		expect([result.rows, result.accepted, result.rejected]).toEqual([7, 3, 4]);
		expect(result.problems.map((p) => [p.row, p.code, p.value, p.origin])).toEqual([
			[5, 'not_a_number', '1,234.50', 'Budget'],
			[6, 'formula_like', '=HYPERLINK("http://example.org","clic")', 'Budget'],
			[8, 'not_a_number', '#DIV/0!', 'Budget'],
			[9, 'out_of_range', '100000000000000000000', 'Budget']
		]);
		const amounts = await engine.query<{ source_row: number; approved: number }>(
			`SELECT source_row, approved FROM budget_lines WHERE dataset_id = 'cells' ORDER BY source_row`
		);
		// 1234.5 from the number cell and from "1 234,5"; 2000 from the formula's cached value.
		expect(amounts).toEqual([
			{ source_row: 3, approved: 1234.5 },
			{ source_row: 4, approved: 1234.5 },
			{ source_row: 7, approved: 2000 }
		]);
	});
});

describe('which sheet is read', () => {
	const budget = [
		['Pays', 'Exercice', 'Ministère', 'Crédits votés'].map(text),
		[text('Mali'), num(2022), text('Défense'), num(10)]
	];

	it('skips an empty first sheet and takes the first with data', async () => {
		const bytes = workbook({ Vide: [[]], Budget: budget });
		const source = await openSource({ name: 'w.xlsx', bytes });
		expect(source.sheet).toBe('Budget');
		expect(source.sheets).toEqual([
			{ name: 'Vide', rows: 0 },
			{ name: 'Budget', rows: 2 }
		]);
	});

	it('reads the sheet asked for, and names the sheets when it does not exist', async () => {
		const bytes = workbook({ Notes: [[text('Source : loi de finances')]], Budget: budget });
		const chosen = await importFile(
			engine,
			{ name: 'w.xlsx', bytes },
			{ sheet: 'Budget', commit: false }
		);
		expect([chosen.accepted, chosen.source?.sheet]).toEqual([1, 'Budget']);
		const missing = await importFile(engine, { name: 'w.xlsx', bytes }, { sheet: 'Budjet' });
		expect(missing.problems).toEqual([
			{
				row: null,
				column: null,
				value: null,
				code: 'sheet_not_found',
				params: { sheet: 'Budjet', sheets: 'Notes, Budget' }
			}
		]);
	});
});
