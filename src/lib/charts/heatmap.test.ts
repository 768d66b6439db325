import { describe, expect, test } from 'vitest';
import { fitCellText, HEAT, heatmapLayout, textWidth, wrapText } from './heatmap.ts';

const countries = ['Burkina Faso', 'Mali', 'Mauritanie', 'Niger', 'Tchad'].map((label, i) => ({
	key: `c${i}`,
	label
}));
const dimensions = Array.from({ length: 9 }, (_, i) => ({
	key: `d${i}`,
	label: `Contrôle par l’institution supérieure de contrôle ${i}`
}));

describe('wrapText', () => {
	test('breaks at spaces within the width, a long word alone, at most maxLines with …', () => {
		// 11 px × 0.56 = 6.16 px a character: 60 px holds 9 characters
		expect(textWidth('Mauritanie', 11)).toBe(62);
		// « PEFA PI-30 » is 10 characters (62 px): four lines, cut to three
		expect(wrapText('PEFA PI-30 audit externe', 60, 11)).toEqual(['PEFA', 'PI-30', 'audit…']);
		expect(wrapText('OBS 2023', 60, 11)).toEqual(['OBS 2023']);
		expect(wrapText('a b c d e', 1000, 11, 2)).toEqual(['a b c d e']);
		// a word wider than the column is cut with a hyphen: 58 px at 9 px hold 11 characters
		expect(wrapText('31.3 Recommandations', 58, 9)).toEqual(['31.3', 'Recommanda-', 'tions']);
	});
});

describe('heatmapLayout', () => {
	test('wide: countries down the left, nine dimensions across, every cell at its place', () => {
		const layout = heatmapLayout(countries, dimensions, 1088, { twoLines: true });
		expect(layout.transposed).toBe(false);
		expect(layout.labelsAbove).toBe(false);
		// left = widest label, bold « Burkina Faso » (12 × 11 × 0.62 → 82) + 10 = 92 px; (1088 − 92) / 9
		expect(layout.left).toBe(92);
		expect(layout.cellWidth).toBeCloseTo(996 / 9, 6);
		expect(layout.rows.map((r) => r.key)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
		const first = layout.at('c0', 'd0');
		const next = layout.at('c1', 'd2');
		expect(next.x - first.x).toBeCloseTo(2 * layout.cellWidth, 6);
		expect(next.y - first.y).toBe(HEAT.cellTwoLines);
		expect(layout.height).toBe(first.y + 5 * HEAT.cellTwoLines + 2);
	});

	test('narrow: transposed, long dimension labels above their row, five columns across', () => {
		const layout = heatmapLayout(countries, dimensions, 358, { twoLines: true });
		expect(layout.transposed).toBe(true);
		expect(layout.labelsAbove).toBe(true);
		expect(layout.left).toBe(0);
		expect(layout.columns.map((c) => c.key)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
		expect(layout.cellWidth).toBeCloseTo(358 / 5, 6);
		// data row c2 (Mauritanie) is now the third column; dimension d1 the second row
		const cell = layout.at('c2', 'd1');
		expect(cell.x).toBeCloseTo(2 * (358 / 5), 6);
		expect(cell.y).toBe(layout.rows[1]!.y);
		// each row's label sits above its cells
		expect(layout.rows[1]!.labelY).toBeLessThan(layout.rows[1]!.y);
		expect(layout.columns.every((c) => c.x + layout.cellWidth <= 358 + 1e-9)).toBe(true);
	});

	test('narrow but taller than wide, or short labels: no labels above, no transposition', () => {
		const years = ['2016', '2017', '2018'].map((y) => ({ key: y, label: y }));
		const tall = heatmapLayout(dimensions, years, 358);
		expect([tall.transposed, tall.labelsAbove]).toEqual([false, false]);
		const byYear = heatmapLayout(
			countries,
			[...years, ...years.map((y) => ({ ...y, key: `${y.key}b` }))],
			358
		);
		// transposed: the years become rows, their labels short enough to stay at the left
		expect([byYear.transposed, byYear.labelsAbove]).toEqual([true, false]);
		expect(byYear.left).toBe(textWidth('2016', 11, true) + 10);
	});
});

describe('fitCellText', () => {
	test('one line at the largest size that fits, else two lines without the small one', () => {
		// « ▲ D+ » fits at 12 px; « △ hausse contrôlée » (18 characters, bold: 134 px at 12 px,
		// 123 at 11, 112 at 10) fits at 10 px in 120 px, and wraps in 70 px
		expect(fitCellText('▲ D+', 'PEFA 2017', 70)).toEqual({
			lines: ['▲ D+'],
			size: 12,
			sub: 'PEFA 2017'
		});
		expect(fitCellText('△ hausse contrôlée', undefined, 120).size).toBe(10);
		expect(fitCellText('△ hausse contrôlée', 'x', 70)).toEqual({
			lines: ['△ hausse', 'contrôlée'],
			size: 10,
			sub: undefined
		});
	});
});
