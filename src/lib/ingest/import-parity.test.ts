/**
 * The importer's rows against an independent reading of the same file in plain JavaScript
 * (TextDecoder and papaparse, no DuckDB): for every row the importer keeps, the source row number,
 * country, year, text and amounts it stored equal what this reading finds on that line of the
 * file. The rows kept are written here by hand from each fixture (see fixtures/README.md).
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { readFixture } from './fixtures/read-fixture.ts';
import { importFile } from './import-file.ts';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
});
afterAll(() => engine.close());

// Windows-1252's 0x80–0x9F (Node's TextDecoder reads 'windows-1252' as Latin-1 there).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const decode = (bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252') =>
	encoding === 'utf-8'
		? new TextDecoder('utf-8').decode(bytes)
		: Array.from(bytes, (b) =>
				b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
			).join('');

/** The file's records, each with the line it starts on (a quoted cell may span two lines). */
function readByLine(name: string, encoding: 'utf-8' | 'windows-1252', delimiter: string) {
	const text = decode(readFixture(name), encoding).replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
	const records = new Map<number, Record<string, string>>();
	const header = parsed.data[0]!;
	let line = 1;
	for (const cells of parsed.data) {
		if (line > 1) records.set(line, Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
		line += 1 + cells.join('').split('\n').length - 1;
	}
	return records;
}

/** `62 418,50` (no-break spaces) → 62418.5; `312500000.50` → 312500000.5. */
const frenchNumber = (cell: string) =>
	Number(cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
const orNull = (cell: string, scale = 1) => (cell === '' ? null : frenchNumber(cell) * scale);

async function stored(table: string, datasetId: string, columns: string) {
	return engine.query<Record<string, unknown>>(
		`SELECT ${columns} FROM ${table} WHERE dataset_id = ? ORDER BY source_row`,
		[datasetId]
	);
}

/** Amounts compared to a millionth of a franc: the file's decimals times 10⁶ are not exact. */
function expectRows(actual: Record<string, unknown>[], expected: Record<string, unknown>[]) {
	expect(actual.map((r) => r.source_row)).toEqual(expected.map((r) => r.source_row));
	actual.forEach((row, i) => {
		for (const [key, value] of Object.entries(expected[i]!))
			if (typeof value === 'number')
				expect(row[key], `${row.source_row} ${key}`).toBeCloseTo(value, 6);
			else expect(row[key], `${row.source_row} ${key}`).toEqual(value);
	});
}

describe('import parity: the engine stores what the file says', () => {
	it('a Windows-1252 budget in millions of FCFA, blank and empty lines skipped', async () => {
		const name = 'niger-budget-fr-cp1252.csv';
		const result = await importFile(engine, { name, bytes: readFixture(name) });
		// Lines 7 (blank) and 12 (`;;;;;;;;`) hold no data; the 11 others are kept.
		const kept = [2, 3, 4, 5, 6, 8, 9, 10, 11, 13, 14];
		expect(result.accepted).toBe(11);
		const lines = readByLine(name, 'windows-1252', ';');
		const millions = 1e6; // "(en millions de FCFA)" in each amount header
		expectRows(
			await stored(
				'budget_lines',
				name,
				'source_row, country, year, institution, programme, line_label, approved, revised, executed, currency'
			),
			kept.map((line) => {
				const r = lines.get(line)!;
				return {
					source_row: line,
					country: r.Pays === 'Niger' ? 'NER' : r.Pays,
					year: Number(r.Exercice),
					institution: r.Section,
					programme: r.Programme,
					line_label: r['Libellé'],
					approved: orNull(r['Crédits votés (en millions de FCFA)']!, millions),
					revised: orNull(r['Dotation révisée (en millions de FCFA)']!, millions),
					executed: orNull(r['Exécution (en millions de FCFA)']!, millions),
					currency: 'XOF'
				};
			})
		);
	});

	it('OCDS contracts in UTF-8 with a BOM, a multi-line title and ISO date-times', async () => {
		const name = 'ocds-contracts-utf8-bom.csv';
		const result = await importFile(engine, { name, bytes: readFixture(name) });
		// Line 6's title runs onto line 7, so the last contract starts on line 8.
		const kept = [2, 3, 4, 5, 6, 8];
		expect(result.accepted).toBe(kept.length);
		const lines = readByLine(name, 'utf-8', ',');
		expectRows(
			await stored(
				'contracts',
				name,
				'source_row, buyer, ocid, title, supplier, amount, currency, award_date, tenderers'
			),
			kept.map((line) => {
				const r = lines.get(line)!;
				return {
					source_row: line,
					buyer: r['buyer/name'],
					// Flatten Tool headings: the file is read as OCDS, whose process id is the ocid
					ocid: r.ocid,
					// the importer keeps a multi-line cell on one line
					title: r['tender/title']!.replace('\n', ' '),
					supplier: r['awards/0/suppliers/0/name'],
					amount: frenchNumber(r['awards/0/value/amount']!),
					currency: r['awards/0/value/currency'],
					award_date: Date.parse(r['awards/0/date']!),
					tenderers: orNull(r['tender/numberOfTenderers']!)
				};
			})
		);
	});

	it('files with an error on most lines keep exactly their good lines, as written', async () => {
		const budget = 'budget-errors.csv';
		await importFile(engine, { name: budget, bytes: readFixture(budget) });
		// Line 2 and the multi-line line 12 are clean; line 14 repeats line 2 (a duplicate).
		const b = readByLine(budget, 'utf-8', ';');
		expectRows(
			await stored(
				'budget_lines',
				budget,
				'source_row, country, year, institution, approved, executed'
			),
			[2, 12].map((line) => {
				const r = b.get(line)!;
				return {
					source_row: line,
					country: 'NER',
					year: Number(r.Exercice),
					institution: r['Ministère']!.replace('\n', ' '),
					approved: frenchNumber(r['Crédits votés (FCFA)']!),
					executed: frenchNumber(r['Exécution (FCFA)']!)
				};
			})
		);
		const contracts = 'contracts-errors.csv';
		await importFile(engine, { name: contracts, bytes: readFixture(contracts) });
		// Only line 4 has a real date, a known method and an amount (its supplier is optional).
		const c = readByLine(contracts, 'utf-8', ';').get(4)!;
		const [day, month, year] = c["Date d'attribution"]!.split('/').map(Number);
		expectRows(
			await stored(
				'contracts',
				contracts,
				'source_row, country, buyer, supplier, amount, award_date, tenderers'
			),
			[
				{
					source_row: 4,
					country: c.Pays === 'Mali' ? 'MLI' : c.Pays,
					buyer: c['Autorité contractante'],
					supplier: null,
					amount: frenchNumber(c.Montant!),
					award_date: Date.UTC(year!, month! - 1, day!),
					tenderers: orNull(c["Nombre d'offres"]!)
				}
			]
		);
	});
});
