import { describe, expect, it } from 'vitest';
import { findColumn, findHeaderRow, readYearColumns } from './find-header-row.ts';

const rows: unknown[][] = [
	['Military expenditure by country, in constant (2023) US$ m., 1949-2024      © SIPRI 2024'],
	['Figures are in US $m., at constant 2023 prices and exchange rates'],
	[''],
	['   Country   ', ' Notes ', 1988, '1989', 'Reporting year', '2024 (current prices)'],
	['Africa']
];

describe('findHeaderRow', () => {
	it('finds a header whose Country cell is padded with spaces, as in older releases', () => {
		expect(findHeaderRow(rows)).toBe(3);
	});

	it('accepts other labels, such as Region in the Regional totals sheet', () => {
		expect(findHeaderRow([['title'], ['Region', 1988]], ['Region'])).toBe(1);
	});

	it('throws when no row starts with the label', () => {
		expect(() => findHeaderRow([['Nation', 1988]])).toThrow(/no header row/);
	});
});

describe('readYearColumns', () => {
	it('keeps numeric and 4-digit text years and skips Notes, Reporting year, 2024 (current prices)', () => {
		expect(readYearColumns(rows[3] as unknown[])).toEqual([
			{ col: 2, year: 1988 },
			{ col: 3, year: 1989 }
		]);
	});
});

describe('findColumn', () => {
	it('matches a padded header case-insensitively', () => {
		expect(findColumn(rows[3] as unknown[], 'notes')).toBe(1);
		expect(findColumn(rows[3] as unknown[], 'Currency')).toBe(-1);
	});
});
