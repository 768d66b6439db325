import { describe, expect, test } from 'vitest';
import { neutraliseCell, toCsv } from './csv.ts';

describe('toCsv', () => {
	test('starts with a UTF-8 BOM, uses CRLF, keeps numbers as numbers and blanks as empty', () => {
		const csv = toCsv([
			['Année', 'Burkina Faso'],
			[2019, 420.4256347786308],
			[2020, null]
		]);
		expect(csv).toBe('\uFEFFAnnée,Burkina Faso\r\n2019,420.4256347786308\r\n2020,\r\n');
	});
	test('the French separator is ; and cells holding it are quoted', () => {
		expect(toCsv([['a;b', 'c"d']], { separator: ';' })).toBe('\uFEFF"a;b";"c""d"\r\n');
	});
	test('formula-like text is neutralised; negative numbers are not', () => {
		const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', -5]]);
		expect(csv).toBe('\uFEFF"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),\'\tx,-5\r\n');
	});
	test('the header block comes first, as # comments, neutralised too', () => {
		const csv = toCsv([['x'], [1]], { header: ['Source : SIPRI', 'Filtres : de=2000'] });
		expect(csv.split('\r\n').slice(0, 2)).toEqual([
			'\uFEFF# Source : SIPRI',
			'# Filtres : de=2000'
		]);
	});
	test('neutraliseCell leaves ordinary text alone', () => {
		expect(neutraliseCell('Ministère de la Défense')).toBe('Ministère de la Défense');
	});
});
