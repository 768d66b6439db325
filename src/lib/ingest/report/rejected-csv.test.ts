import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../fixtures/read-fixture.ts';
import { importFile } from '../import-file.ts';
import { exportRejectedCsv } from './rejected-csv.ts';
import { withEmptyTables } from '../fixtures/with-empty-tables.ts';

const db = withEmptyTables();

describe('exportRejectedCsv', () => {
	it('lists each rejected row as written, with its reasons in an error column', async () => {
		const name = 'contracts-errors.csv';
		const result = await importFile(db.engine, { name, bytes: readFixture(name) });
		const csv = await exportRejectedCsv(db.engine, result, 'en');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(rows[0]).toEqual([
			'error',
			'Pays',
			'Autorité contractante',
			'Mode de passation',
			'Attributaire',
			'Montant',
			"Date d'attribution",
			"Nombre d'offres"
		]);
		// rows 2, 3, 5, 6 rejected; row 4 accepted
		expect(rows.slice(1).map((r) => r[5])).toEqual(['1 000 000', '2 000 000', '', '4 000 000']);
		expect(rows[4]![0]).toBe(
			"Row 6, column “Date d'attribution”: invalid date “2022-13-01”. Expected: a date like 31/12/2024. Fix: correct the date or change the date format in the import options. | Row 6, column “Nombre d'offres”: “deux” is not a number. Expected: a number written like 1 234 567,50, optionally followed by the currency. Fix: remove the text from the cell, or change the number format in the import options."
		);
	});

	it('includes lines with the wrong number of fields, in file order', async () => {
		const name = 'budget-errors.csv';
		const result = await importFile(db.engine, { name, bytes: readFixture(name) });
		const rows = Papa.parse<string[]>((await exportRejectedCsv(db.engine, result, 'fr')).slice(1), {
			delimiter: ';'
		}).data;
		const rowNumbers = rows.slice(1).map((r) => Number(/^Ligne (\d+)/.exec(r[0]!)?.[1]));
		expect(rowNumbers).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 14, 15, 16]);
		expect(rows[6]!.slice(1)).toEqual([
			'Niger',
			'2022',
			"Ministère de l'Intérieur",
			'Personnel',
			'4 000',
			'3 000',
			'en trop'
		]);
	});
});
