import { expect, test } from 'vitest';
import { buildMatrix, cellKey } from './accountability-matrix.ts';

const row = (
	country: string,
	year: number,
	measure: string,
	value: number | null,
	score?: string
) => ({
	id: 'accountability-gap',
	country,
	year,
	measure,
	value,
	unit: 'share' as const,
	...(score ? { score } : {})
});

test('buildMatrix gathers the four parts of each country-year and the verdict they share', () => {
	const matrix = buildMatrix([
		row('NER', 2022, 'spending_growth', 0.3, 'gap'),
		row('NER', 2022, 'audit_coverage', 0.2, 'gap'),
		row('NER', 2022, 'classified_share', 0.08, 'gap'),
		row('NER', 2022, 'non_competitive_share', 0.4, 'gap'),
		row('BFA', 2021, 'audit_coverage', 0),
		{ ...row('NER', 2022, 'execution', 1), id: 'execution-rate' }
	]);
	expect(matrix.countries).toEqual(['BFA', 'NER']);
	expect(matrix.years).toEqual([2021, 2022]);
	expect(matrix.cells.get(cellKey('NER', 2022))).toEqual({
		verdict: 'gap',
		parts: {
			spending_growth: 0.3,
			audit_coverage: 0.2,
			classified_share: 0.08,
			non_competitive_share: 0.4
		}
	});
	// No growth (no previous year): the parts shown stay, the verdict is empty.
	expect(matrix.cells.get(cellKey('BFA', 2021))).toEqual({
		verdict: null,
		parts: { audit_coverage: 0 }
	});
	expect(matrix.cells.has(cellKey('BFA', 2022))).toBe(false);
});
