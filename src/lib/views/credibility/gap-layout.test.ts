import { expect, test } from 'vitest';
import type { StageGap } from '../../credibility/stage-gaps.ts';
import { gapDomain, layoutGaps } from './gap-layout.ts';

const gap = (country: string, item: string, share: number, revised: number | null = null) =>
	({ country, currency: 'XOF', item, gap_share: share, revised_share: revised }) as StageGap;

test('a heading opens each country only when several countries are shown', () => {
	const one = layoutGaps([gap('MLI', 'a', 0.1), gap('MLI', 'b', 0)], 30);
	expect(one.items.map((i) => i.kind)).toEqual(['row', 'row']);
	expect(one.height).toBe(60);
	const two = layoutGaps([gap('MLI', 'a', 0.1), gap('NER', 'a', 0)], 30);
	// heading 26 + row 30, twice
	expect(two.items.map((i) => [i.kind, i.y])).toEqual([
		['heading', 0],
		['row', 26],
		['heading', 56],
		['row', 82]
	]);
	expect(two.height).toBe(112);
});

test('the domain covers the widest gap or revision, with a 5 % floor and 5 % room', () => {
	expect(gapDomain([gap('MLI', 'a', -0.2, 0.1)])).toBeCloseTo(0.21, 12);
	expect(gapDomain([gap('MLI', 'a', 0.01)])).toBeCloseTo(0.0525, 12);
});
