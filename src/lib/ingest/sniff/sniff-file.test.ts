import { describe, expect, it } from 'vitest';
import { readFixture } from '../fixtures/read-fixture.ts';
import { countTitleRows, sniffFile } from './sniff-file.ts';
import { toUtf8, UnsupportedEncodingError } from './detect-encoding.ts';

const formatOf = (name: string) => {
	const s = sniffFile(readFixture(name));
	return [
		s.encoding.value,
		s.delimiter.value,
		s.numberFormat.value,
		s.dateFormat.value,
		s.kind.value
	];
};

describe('sniffFile on the fixtures', () => {
	it('Niger budget: Windows-1252, semicolon, "1 234,50" with no-break spaces, budget', () => {
		expect(formatOf('niger-budget-fr-cp1252.csv')).toEqual([
			'windows-1252',
			';',
			'space_comma',
			'ymd',
			'budget'
		]);
		// decoded with 1252, the typographic apostrophe (0x92) is right in the preview
		expect(sniffFile(readFixture('niger-budget-fr-cp1252.csv')).preview[3]![2]).toBe(
			'Ministère de l’Intérieur'
		);
	});

	it('OCDS contracts: UTF-8 with BOM, comma, "1234.50", ISO dates, contracts', () => {
		const sniff = sniffFile(readFixture('ocds-contracts-utf8-bom.csv'));
		expect(formatOf('ocds-contracts-utf8-bom.csv')).toEqual([
			'utf-8',
			',',
			'comma_dot',
			'ymd',
			'contracts'
		]);
		expect(sniff.hasBom).toBe(true);
		expect(sniff.headers[0]).toBe('ocid');
	});

	it('bulletin: narrow no-break spaces (U+202F) in amounts and dd/mm/yyyy dates', () => {
		expect(formatOf('contracts-bulletin-no-country.csv')).toEqual([
			'utf-8',
			';',
			'space_comma',
			'dmy',
			'contracts'
		]);
	});

	it('"1.234.567,50" and "1,234,567.50" variants', () => {
		expect(formatOf('budget-dot-comma.csv').slice(1, 3)).toEqual([';', 'dot_comma']);
		expect(formatOf('budget-comma-dot.csv').slice(1, 3)).toEqual([',', 'comma_dot']);
	});

	it('tab and pipe delimiters', () => {
		expect(formatOf('contracts-en.tsv').slice(1, 2)).toEqual(['\t']);
		expect(formatOf('oversight-pipe.txt')).toEqual([
			'utf-8',
			'|',
			'space_comma',
			'dmy',
			'oversight'
		]);
	});

	it('lets options override every guess, with confidence 1', () => {
		const sniff = sniffFile(readFixture('budget-dot-comma.csv'), {
			numberFormat: 'comma_dot',
			kind: 'oversight'
		});
		expect(sniff.numberFormat).toEqual({ value: 'comma_dot', confidence: 1 });
		expect(sniff.kind).toEqual({ value: 'oversight', confidence: 1 });
		expect(sniff.mapping.kind).toBe('oversight');
	});
});

describe('encodings', () => {
	it('refuses UTF-16 with a typed error', () => {
		const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
		expect(() => sniffFile(utf16)).toThrow(UnsupportedEncodingError);
	});

	it('falls back to Windows-1252 when accents appear after an ASCII-only sample', () => {
		const latin1 = new Uint8Array([...new TextEncoder().encode('a;b\n'), 0x44, 0xe9, 0x66]); // "Déf"
		expect(new TextDecoder().decode(toUtf8(latin1, 'utf-8', true))).toBe('a;b\nDéf');
	});
});

describe('line endings', () => {
	it('takes a lone CR (old Mac) among CRLF endings as a line break in the preview', () => {
		const file = new TextEncoder().encode(
			'Pays;Exercice;Ministère;Crédits votés (FCFA)\r\nNiger;2022;Défense;1 000\rMali;2022;Défense;2 500,50\r\n'
		);
		const sniff = sniffFile(file);
		expect(sniff.delimiter.value).toBe(';');
		expect(sniff.headers).toEqual(['Pays', 'Exercice', 'Ministère', 'Crédits votés (FCFA)']);
		expect(sniff.preview).toEqual([
			['Niger', '2022', 'Défense', '1 000'],
			['Mali', '2022', 'Défense', '2 500,50']
		]);
		expect(sniff.numberFormat.value).toBe('space_comma');
	});
});

describe('title rows above the header', () => {
	it('counts leading rows with at most one filled cell above a row with two or more', () => {
		expect(
			countTitleRows([['Loi de finances 2023', '', ''], ['en millions de FCFA'], ['a', 'b']])
		).toBe(2);
		// a header on the first row, or no row with two cells at all: nothing is a title
		expect(
			countTitleRows([
				['pays', 'annee'],
				['NER', '2023']
			])
		).toBe(0);
		expect(countTitleRows([['seul'], ['NER']])).toBe(0);
		// more than ten single-cell rows: not a title block, left to the mapping's own error
		expect(countTitleRows([...Array(11).fill(['note']), ['a', 'b']])).toBe(0);
	});

	it('the header and preview come from below the titles and the bare-delimiter line', () => {
		const bytes = new TextEncoder().encode(
			'Budget de la défense;;;;\n;;;;\npays;annee;institution;credits_votes;credits_executes\nNER;2023;Défense;1000;900\nNER;2022;Défense;800;abc\n'
		);
		const sniff = sniffFile(bytes);
		expect(sniff.titles).toEqual(['Budget de la défense']);
		expect(sniff.headers).toEqual([
			'pays',
			'annee',
			'institution',
			'credits_votes',
			'credits_executes'
		]);
		expect(sniff.preview).toHaveLength(2);
	});
});
