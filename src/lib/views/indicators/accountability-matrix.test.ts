import { expect, test } from 'vitest';
import { buildMatrix, cellKey, demoMatrixProps } from './accountability-matrix.ts';

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

test('each country-year becomes one heatmap cell: verdict as colour and symbol, parts in its name', () => {
	const t = (key: string) => (key === 'matrix_demo_no_verdict' ? 'sans verdict' : key);
	const matrix = buildMatrix([
		row('NER', 2022, 'spending_growth', 0.3, 'gap'),
		row('NER', 2022, 'audit_coverage', 0.2, 'gap'),
		row('BFA', 2021, 'audit_coverage', 0)
	]);
	const props = demoMatrixProps(matrix, 'fr', t as never, (c) => c);
	expect(props.rows.map((r) => r.key)).toEqual(['BFA', 'NER']);
	expect(props.columns.map((c) => c.key)).toEqual(['2021', '2022']);
	// two cells with data of four places: BFA 2022 and NER 2021 have none
	expect(props.cells.map((c) => [c.row, c.column, c.tone, c.symbol])).toEqual([
		['BFA', '2021', 'none', '–'],
		['NER', '2022', 'concern', '▲']
	]);
	// 0.3 → « 30,0 % », 0.2 → « 20,0 % » (fr: narrow no-break space before %)
	expect(props.cells[1]?.label).toBe(
		'NER 2022 : déficit de redevabilité — croissance des dépenses 30,0\u202f%, couverture par l’audit 20,0\u202f%'
	);
	expect(props.cells[0]?.label).toBe('BFA 2021 : sans verdict — couverture par l’audit 0,0\u202f%');
	expect(props.table.map((r) => `${r.country} ${r.year}`)).toEqual(['BFA 2021', 'NER 2022']);
});
