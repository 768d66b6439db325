import { expect, test } from 'vitest';
import type { TriangulationRow } from '../../credibility/triangulation.ts';
import { TRI, triangulationLayout } from './triangulation-layout.ts';

const row = (
	country: string,
	year: number,
	currency: string,
	sipri: number | null,
	amount?: number
): TriangulationRow => ({
	country,
	year,
	stage: 'voted',
	currency,
	sipri,
	amounts: amount
		? [
				{
					group: 'defence_security',
					scope: 'defence_security',
					value: amount,
					as_published: '',
					publisher: '',
					source_title: '',
					source_url: ''
				}
			]
		: [],
	shares: []
});

test('a block per country; countries of one currency share a scale, another currency has its own', () => {
	const layout = triangulationLayout(
		[
			row('BFA', 2023, 'XOF', 501.7e9, 600e9),
			row('BFA', 2024, 'XOF', 620.8e9, 960e9),
			row('MRT', 2025, 'MRU', null, 11.86e9),
			row('NER', 2024, 'XOF', 264.3e9, 520e9)
		],
		1088
	);
	expect(layout.blocks.map((b) => [b.country, b.y, b.rows.length])).toEqual([
		['BFA', 0, 2],
		// 16 + 2 × 20 + 12 = 68
		['MRT', 68, 1],
		// 68 + 16 + 20 + 12 = 116
		['NER', 116, 1]
	]);
	expect(layout.height).toBe(116 + 16 + 20);
	// FCFA: the largest of both countries, 960 Md, rounded up to 1 000 Md
	expect(layout.x('XOF').domain()).toEqual([0, 1e12]);
	expect(layout.x('MRU').domain()).toEqual([0, 12e9]);
	expect(layout.x('XOF').range()).toEqual([TRI.name, 1088 - TRI.shares]);
});

test('a phone gives each row a second line for the shares, and the plot the width', () => {
	const layout = triangulationLayout([row('TCD', 2024, 'XAF', 338.2e9, 340e9)], 358);
	expect([layout.isNarrow, layout.row, layout.plotRight]).toEqual([true, TRI.narrowRow, 346]);
	// the name and unit get a line of their own above the ticks: 16 + 16 + 34
	expect(layout.height).toBe(66);
});
