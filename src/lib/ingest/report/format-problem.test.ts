import { describe, expect, it } from 'vitest';
import { formatProblem } from './format-problem.ts';
import { FILE_ERROR_CODES, ROW_ERROR_CODES, type Problem } from './problems.ts';

const cell = (code: Problem['code'], value: string, params: Problem['params'] = {}): Problem => ({
	row: 12,
	column: 'Montant (FCFA)',
	value,
	code,
	params
});

/** Every parameter any message uses, so none is left as a visible `{placeholder}`. */
const ALL_PARAMS = {
	field: 'amount',
	list: 'method',
	example: '1 234,50',
	min: 1960,
	max: 2100,
	first: 2,
	expected: 6,
	found: 7,
	limit: 1e15,
	encoding: 'UTF-16',
	error: 'bad quote',
	format: 'xlsx',
	parts: 'budget.csv',
	sheet: 'Budget',
	sheets: 'Budget, Notes',
	line: 3,
	ocid: 'ocds-213czf-1',
	index: 4
};

describe('formatProblem', () => {
	it('says where, what, what was expected and how to fix, in French and English', () => {
		const problem = cell('not_a_number', '12a', { field: 'amount', example: '1 234 567,50' });
		expect(formatProblem(problem, 'fr')).toBe(
			'Ligne 12, colonne « Montant (FCFA) » : « 12a » n’est pas un nombre. Attendu : un nombre écrit comme 1 234 567,50, éventuellement suivi de la devise. Correction : retirez le texte de la cellule, ou changez le format des nombres dans les options d’import.'
		);
		expect(formatProblem(problem, 'en')).toBe(
			'Row 12, column “Montant (FCFA)”: “12a” is not a number. Expected: a number written like 1 234 567,50, optionally followed by the currency. Fix: remove the text from the cell, or change the number format in the import options.'
		);
	});

	it("says where a converted file's row came from in the original", () => {
		const problem = { ...cell('not_a_number', '12a', { field: 'amount', example: '1234.5' }) };
		const from = { ...problem, origin: 'release 3 (ocds-1), award 2' };
		expect(formatProblem(from, 'fr')).toMatch(
			/^release 3 \(ocds-1\), award 2 \(ligne 12\), colonne « Montant \(FCFA\) » : « 12a » n’est pas un nombre/
		);
		expect(formatProblem(from, 'en')).toMatch(/^release 3 \(ocds-1\), award 2 \(row 12\), column/);
	});

	it('gives every error code its own message with "expected" and "fix" in both languages', () => {
		for (const locale of ['fr', 'en'] as const) {
			const messages = [...ROW_ERROR_CODES, ...FILE_ERROR_CODES].map((code) =>
				formatProblem(cell(code, 'X', ALL_PARAMS), locale)
			);
			expect(new Set(messages).size).toBe(messages.length);
			for (const message of messages) {
				expect(message).toMatch(
					locale === 'fr' ? /Attendu : .*Correction : / : /Expected: .*Fix: /
				);
				expect(message).not.toMatch(/\{\w+\}/); // no placeholder left unfilled
			}
		}
	});

	it('translates field names and the list of accepted codes', () => {
		const problem = cell('unknown_code', 'Tirage au sort', { field: 'method', list: 'method' });
		expect(formatProblem(problem, 'en')).toContain(
			'(procurement method). Expected: open, selective'
		);
		expect(formatProblem(problem, 'fr')).toContain(
			'(mode de passation). Attendu : Appel d’offres ouvert'
		);
	});

	it('formats row numbers per locale and omits the position of file-level problems', () => {
		const duplicate: Problem = {
			row: 12345,
			column: null,
			value: null,
			code: 'duplicate_row',
			params: { first: 1234 }
		};
		expect(formatProblem(duplicate, 'en')).toMatch(/^Row 12,345: same as row 1,234\./);
		expect(formatProblem(duplicate, 'fr')).toMatch(
			/^Ligne 12\u202f345 : ligne identique à la ligne 1\u202f234\./
		);
		const file: Problem = {
			row: null,
			column: null,
			value: null,
			code: 'missing_column',
			params: { field: 'year' }
		};
		expect(formatProblem(file, 'fr')).toMatch(/^aucune colonne pour « exercice »/);
	});
});
