import { describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { readSipriSheet } from './read-sipri-sheet.ts';

// Shaped like the 2025 "Local currency calendar years" sheet: preamble, blank row, header
// (here on row 6, not SIPRI's row 7), a region heading, then countries. Values are invented.
const sheet = XLSX.utils.aoa_to_sheet([
	['Military expenditure by country, in local currency, 1949-2024      © SIPRI 2024'],
	['Figures are in local currency at current prices and are for calendar years.'],
	['". ." = data unavailable. "xxx" = country did not exist or was not independent.'],
	[''],
	['', null, null, null, null, null, null],
	['Country', 'Currency', 'Notes', 1958, 1959, 1960, 1961],
	['Africa'],
	['Nigeria', 'Naira', '28', 1, 2, 3, 4],
	['Niger ‡', 'CFA Francs', '', 'xxx', '. .', '...', 1571000000],
	['Mauritania', 'Ouguiyas  ', '§', 'xxx', null, '', 0]
]);
const entities = { NER: 'Niger', MRT: 'Mauritania' };

describe('readSipriSheet', () => {
	const read = readSipriSheet(sheet, { entities, extraColumns: ['Currency'] });

	it('reads each SIPRI marker into its status, one cell per year column', () => {
		const niger = read.cells
			.filter((c) => c.iso3 === 'NER')
			.map((c) => [c.year, c.status, c.value]);
		expect(niger).toEqual([
			[1958, 'not_independent', null],
			[1959, 'missing', null],
			[1960, 'missing', null],
			[1961, 'ok', 1571000000]
		]);
	});

	it('keeps a stored 0 as an ok value for the cross-sheet zero check', () => {
		const mrt1961 = read.cells.find((c) => c.iso3 === 'MRT' && c.year === 1961);
		expect(mrt1961).toMatchObject({ status: 'ok', value: 0 });
	});

	it('matches "Niger ‡" to Niger, never to Nigeria, and records the label marker', () => {
		expect(read.markers).toEqual({ NER: ['‡'] });
		expect(read.cells.filter((c) => c.iso3 === 'NER')).toHaveLength(4);
	});

	it('returns the notes column, trimmed extra columns and the non-empty preamble lines', () => {
		expect(read.notes).toEqual({ MRT: '§' });
		expect(read.extra['MRT']).toEqual({ Currency: 'Ouguiyas' });
		expect(read.preamble).toHaveLength(3);
	});

	it('throws when a wanted country is not in the sheet', () => {
		expect(() => readSipriSheet(sheet, { entities: { TCD: 'Chad' } })).toThrow(/Chad/);
	});
});
