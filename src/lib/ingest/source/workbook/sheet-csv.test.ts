import type { CellObject } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { odsCellCount } from './ods-repeats.ts';
import { sheetCsv } from './sheet-csv.ts';

const s = (v: string): CellObject => ({ t: 's', v });
const n = (v: number, z?: string): CellObject => ({ t: 'n', v, z });
const FRENCH = { numberFormat: 'space_comma', dateFormat: 'ymd', date1904: false } as const;
const LIMITS = { cells: 1000, columns: 100 };

/** Dense rows as SheetJS gives them: `rows[r][c]`, holes where nothing was typed. */
function dense(cells: Record<string, CellObject>): (CellObject | undefined)[][] {
	const rows: (CellObject | undefined)[][] = [];
	for (const [ref, cell] of Object.entries(cells)) {
		const c = ref.charCodeAt(0) - 65;
		const r = Number(ref.slice(1)) - 1;
		(rows[r] ??= [])[c] = cell;
	}
	return rows;
}

describe('sheetCsv', () => {
	it('writes title rows as blank lines and starts at the header’s first column', () => {
		const csv = sheetCsv(
			dense({
				A1: s('Loi de finances 2022'),
				A2: s('en millions de FCFA'),
				B4: s('Ministère'),
				C4: s('Crédits votés'),
				D4: s('Exécution'),
				B5: s('Défense'),
				C5: n(1234.5, '#,##0.00'),
				D5: n(-0)
			}),
			FRENCH,
			LIMITS
		);
		expect(csv.text).toBe('\n\n\nMinistère;Crédits votés;Exécution\nDéfense;1234,5;0\n');
		expect([csv.columns, csv.cells, csv.records]).toEqual([3, 6, [4, 5]]);
	});

	it('keeps one record per row: a cell typed on two lines, quotes and semicolons', () => {
		const csv = sheetCsv(
			dense({ A1: s('Objet'), B1: s('Montant'), A2: s('Rations;\n« lot "A" »'), B2: n(5) }),
			FRENCH,
			LIMITS
		);
		expect(csv.text).toBe('Objet;Montant\n"Rations; « lot ""A"" »";5\n');
	});

	it('leaves out cells right of the header, as a column without a name', () => {
		const csv = sheetCsv(
			dense({
				...{ A1: s('Objet'), B1: s('Montant'), A2: s('a'), B2: n(1), A3: s('b'), B3: n(2) },
				...{ Z3: s('stray'), A4: s('c'), B4: n(3) }
			}),
			FRENCH,
			LIMITS
		);
		expect(csv.text).toBe('Objet;Montant\na;1\nb;2\nc;3\n');
	});

	it('refuses a header wider than the limit without writing anything', () => {
		const csv = sheetCsv(dense({ A1: s('a'), C1: s('c'), A2: s('x') }), FRENCH, {
			cells: 1000,
			columns: 2
		});
		expect([csv.text, csv.columns]).toEqual(['', 3]);
	});
});

describe('odsCellCount', () => {
	it('counts repeated cells with a value, and nothing for self-closing empty ones', () => {
		// LibreOffice's trailing blank rows: 1,048,570 rows of 1,024 empty cells cost nothing.
		const xml =
			'<table:table-row><table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell></table:table-row>' +
			'<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>' +
			'<table:table-row-group><table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table-row-group>';
		expect(odsCellCount(xml, 1e12)).toBe(3 + 2);
	});
});
