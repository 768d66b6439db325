import { describe, expect, it } from 'vitest';
import XLSX from '@e965/xlsx';
import { readFootnoteSheet } from './sipri-footnotes.ts';

// Shaped like the 2025 "Footnotes" sheet: symbol rows (symbol, text) then numbered rows (n, _, text).
const sheet = XLSX.utils.aoa_to_sheet([
	['Footnotes and special notes'],
	[],
	['The following special notes are used in each worksheet'],
	['†', 'Figures for these countries do not include military pensions'],
	[
		'‡',
		'Figures for these countries are for current spending only  (i.e. exclude capital spending)'
	],
	['Numbered footnote references can be found in each of the data sheets'],
	[
		30,
		null,
		"Senegal: Senegal's expenditure for paramilitary forces in 1998 amounted to 21 100 million CFA francs."
	]
]);

describe('readFootnoteSheet', () => {
	it('separates symbol legend rows from numbered footnotes and ignores headings', () => {
		const read = readFootnoteSheet(sheet);
		expect([...read.symbols]).toEqual([
			['†', 'Figures for these countries do not include military pensions'],
			[
				'‡',
				'Figures for these countries are for current spending only (i.e. exclude capital spending)'
			]
		]);
		expect([...read.numbered.keys()]).toEqual(['30']);
	});
});
