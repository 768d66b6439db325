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
	expect(gapLayout([gap('MLI', 'a', 0.01)], 1088, 130).x.domain()[1]).toBeCloseTo(0.0525, 12);
});

const five = (items: (c: string) => string[]) =>
	['BFA', 'MLI', 'MRT', 'NER', 'TCD'].flatMap((c) => items(c).map((item) => gap(c, item, 0.02)));

test('the same rows in every panel: names written once, five panels side by side', () => {
	const wide = gapLayout(
		five(() => ['a', 'b', 'c', 'd', 'e']),
		1088,
		130
	);
	// names 130 + 8 = 138 px; panels of ≥ 118 + 48 = 166 px in 1088 − 138 = 950:
	// (950 + 18) ÷ (166 + 18) = 5.3 → 5 columns, one row of 20 + 16 + 5 × 20 = 136 px
	expect([wide.sharedWidth, wide.labelWidth, wide.grid.columns, wide.height]).toEqual([
		138, 0, 5, 136
	]);
	expect([0, 1, 4].map(wide.hasNames)).toEqual([true, false, false]);
	expect(wide.x.range()).toEqual([0, wide.grid.panelWidth - GAP_PANEL.value]);
});

test('different rows per panel (institutions): each panel names its own', () => {
	const wide = gapLayout(
		five((c) => [`${c} défense`, `${c} police`]),
		1088,
		130
	);
	// panels of ≥ 138 + 166 = 304 px: (1088 + 18) ÷ (304 + 18) = 3.4 → 3 columns
	expect([wide.sharedWidth, wide.labelWidth, wide.grid.columns]).toEqual([0, 138, 3]);
	expect([0, 1].map(wide.hasNames)).toEqual([true, true]);
	// under 138 + 166 = 304 px the names go above the bars, one panel per row
	const phone = gapLayout(
		five(() => ['a']),
		300,
		130
	);
	expect([phone.grid.columns, phone.labelWidth, phone.row]).toEqual([1, 0, 32]);
	expect(phone.x.range()).toEqual([0, 300 - GAP_PANEL.value]);
});
