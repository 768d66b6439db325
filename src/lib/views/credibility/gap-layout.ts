/**
 * Rows of the gap chart, top to bottom: a heading per country when several are shown, then one
 * row per institution or category. Pure, so the positions can be tested without a browser.
 */
import type { StageGap } from '../../credibility/stage-gaps.ts';

export type GapItem =
	| { kind: 'heading'; key: string; country: string; currency: string; y: number }
	| { kind: 'row'; key: string; gap: StageGap; y: number };

/** Lays rows (sorted by country, currency, item) out at `rowHeight` px, headings 26 px. */
export function layoutGaps(
	gaps: StageGap[],
	rowHeight: number
): { items: GapItem[]; height: number } {
	const groups = new Set(gaps.map((g) => `${g.country}.${g.currency}`));
	const items: GapItem[] = [];
	let y = 0;
	let current = '';
	for (const gap of gaps) {
		const group = `${gap.country}.${gap.currency}`;
		if (groups.size > 1 && group !== current) {
			items.push({ kind: 'heading', key: group, country: gap.country, currency: gap.currency, y });
			y += 26;
		}
		current = group;
		items.push({ kind: 'row', key: `${group}.${gap.item}`, gap, y });
		y += rowHeight;
	}
	return { items, height: y };
}

/** Half-width of the symmetric x domain: the largest gap or revision, at least 5 %. */
export function gapDomain(gaps: StageGap[]): number {
	const values = gaps.flatMap((g) => [g.gap_share ?? 0, g.revised_share ?? 0].map(Math.abs));
	return Math.max(0.05, ...values) * 1.05;
}
