import { expect, test } from 'vitest';
import type { StageGap } from '../../credibility/stage-gaps.ts';
import { GAP_PANEL, gapGroups, gapLayout } from './gap-layout.ts';

const gap = (country: string, item: string, share: number, revised: number | null = null) =>
	({ country, currency: 'XOF', item, gap_share: share, revised_share: revised }) as StageGap;

test('one panel per country, in the order of the rows', () => {
	const groups = gapGroups([gap('MLI', 'a', 0.1), gap('MLI', 'b', 0), gap('NER', 'a', 0)]);
	expect(groups.map((g) => [g.key, g.gaps.length])).toEqual([
		['MLI:XOF', 2],
		['NER:XOF', 1]
	]);
});

test('every panel shares one symmetric scale: the widest gap or revision, 5 % floor, 5 % room', () => {
	// largest |value| = 0.2 (Niger's revision) → ±0.21
	const layout = gapLayout([gap('MLI', 'a', -0.1), gap('NER', 'a', 0.05, 0.2)], 1088, 130);
	expect(layout.x.domain()[0]).toBeCloseTo(-0.21, 12);
	expect(layout.x.domain()[1]).toBeCloseTo(0.21, 12);
	// names (130 + 8 px) left of the plot, the value column right of it
	expect(layout.x.range()).toEqual([138, layout.grid.panelWidth - GAP_PANEL.value]);
	expect(gapLayout([gap('MLI', 'a', 0.01)], 1088, 130).x.domain()[1]).toBeCloseTo(0.0525, 12);
});

test('a desktop lays five countries out in three columns; a phone stacks names over bars', () => {
	const five = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'].flatMap((c) =>
		['a', 'b', 'c', 'd', 'e'].map((item) => gap(c, item, 0.02))
	);
	const wide = gapLayout(five, 1088, 130);
	// panel ≥ 130 + 8 + 150 + 50 = 338 px: (1088 + 18) ÷ (338 + 18) = 3.1 → 3 columns, 2 rows;
	// a panel: 20 + 16 + 5 × 24 = 156 px → 2 × 156 + 18 = 330 px
	expect([wide.grid.columns, wide.labelWidth, wide.row, wide.height]).toEqual([3, 138, 24, 330]);
	// under 338 px the names go above the bars
	const phone = gapLayout(five, 300, 130);
	expect([phone.grid.columns, phone.labelWidth, phone.row]).toEqual([1, 0, 34]);
	expect(phone.x.range()).toEqual([0, 300 - GAP_PANEL.value]);
});
