/**
 * The legend's layout: swatch and label side by side, wrapped onto as many rows as the chart's
 * width needs. Drawn inside the svg (so an exported figure keeps it), above the marks; the frame
 * adds its height. Label widths are estimated (the chart font averages ~0.56 em per character):
 * generous on purpose, a little extra space never hides a label.
 */
export type LegendShape = 'square' | 'line' | 'dotted' | 'diamond' | 'circle';

export type LegendItem = { key: string; label: string; colour: string; shape?: LegendShape };

export const LEGEND = { row: 22, swatch: 14, gap: 18, font: 13 } as const;

export type PlacedItem = LegendItem & { x: number; y: number };

/** Estimated width of one item: swatch, 6 px, label. */
export const itemWidth = (label: string) =>
	LEGEND.swatch + 6 + Math.ceil(label.length * LEGEND.font * 0.56);

export function legendLayout(
	items: readonly LegendItem[],
	width: number
): { items: PlacedItem[]; height: number } {
	if (!items.length) return { items: [], height: 0 };
	let x = 0;
	let row = 0;
	const placed: PlacedItem[] = [];
	for (const item of items) {
		const w = itemWidth(item.label);
		if (x > 0 && x + w > width) {
			x = 0;
			row += 1;
		}
		placed.push({ ...item, x, y: row * LEGEND.row });
		x += w + LEGEND.gap;
	}
	return { items: placed, height: (row + 1) * LEGEND.row + 6 };
}
