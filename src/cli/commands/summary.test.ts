import { describe, expect, it } from 'vitest';
import { runVigie as vigie } from '../../lib/ingest/fixtures/run-vigie.ts';

const FIXTURES = 'src/lib/ingest/fixtures';

describe('vigie summary --json', () => {
	it('prints the budget shape summed over accepted lines', async () => {
		const { code, stdout } = await vigie(
			'summary',
			`${FIXTURES}/niger-budget-fr-cp1252.csv`,
			'--json'
		);
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		expect(summary).toMatchObject({ kind: 'budget', rows: 11 });
		// 74 120 + 6 845 = 80 965 millions FCFA voted for 2023, nothing revised or executed yet
		expect(summary.by_year['2023']).toEqual({
			approved: 80_965_000_000,
			revised: null,
			executed: null
		});
	});

	it('prints the contracts shape for a bulletin without country column or --country', async () => {
		const { code, stdout } = await vigie(
			'summary',
			`${FIXTURES}/contracts-bulletin-no-country.csv`,
			'--json'
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			kind: 'contracts',
			rows: 5,
			total: 15_195_500_000, // 1 850 000 000 + 640 000 000 + 95 500 000 + 12 400 000 000 + 210 000 000
			by_year: { 2022: 15_195_500_000 },
			// "Entente directe" 640 000 000 + "Gré à gré" 95 500 000 = 735 500 000
			by_method: {
				open: 1_850_000_000,
				selective: 210_000_000,
				limited: 0,
				direct: 735_500_000,
				// "Marché spécial (secret défense)" with no method: the derogatory regime's category
				derogation: 12_400_000_000,
				unknown: 0
			},
			derogation: 12_400_000_000 // "Marché spécial (secret défense)"
		});
	});

	it('leaves rejected rows out of the sums', async () => {
		const { stdout } = await vigie('summary', `${FIXTURES}/budget-errors.csv`, '--json');
		// accepted rows 2 and 12 only: 1 500 000 + 7 500 voted; 1 450 000 + 6 000 executed
		expect(JSON.parse(stdout).by_year).toEqual({
			2022: { approved: 1_507_500, revised: null, executed: 1_456_000 }
		});
	});

	it('prints exactly the same summary for the French budget saved as .xlsx and as .ods', async () => {
		const csv = await vigie('summary', `${FIXTURES}/niger-budget-fr-cp1252.csv`, '--json');
		// Written by SheetJS (title row, blank row, "Notes" sheet) and by LibreOffice; the other
		// copies (.xls, .ods by SheetJS, .xlsx by LibreOffice) are compared in-process in
		// src/lib/ingest/source/workbook/convert-workbook.test.ts.
		for (const name of ['niger-budget-fr.xlsx', 'niger-budget-fr-libreoffice.ods']) {
			const workbook = await vigie('summary', `${FIXTURES}/${name}`, '--json');
			expect([workbook.code, workbook.stdout, workbook.stderr], name).toEqual([0, csv.stdout, '']);
		}
	});

	it('reads the sheet given by --sheet, and says which sheets exist when it is not there', async () => {
		const notes = await vigie('summary', `${FIXTURES}/niger-budget-fr.xlsx`, '--sheet', 'Notes');
		// The notes sheet is a few lines of text: no year, institution or amount column.
		expect(notes.code).toBe(1);
		expect(notes.stderr).toContain('aucune colonne pour « exercice »');
		const typo = await vigie('summary', `${FIXTURES}/niger-budget-fr.xlsx`, '--sheet', 'budget');
		expect(typo.stderr).toContain(
			'aucune feuille « budget » dans ce classeur (feuilles : Budget, Notes)'
		);
	});
});
