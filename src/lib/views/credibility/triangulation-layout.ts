/**
 * Geometry of the triangulation chart: a block per country (one line with the country's name,
 * the scale's ticks and its unit, then one row per year and stage), amounts along one scale per currency — the countries that share a
 * currency share a scale, two currencies never do. Each row: its name left, the plot, and the
 * shares of the state budget right (under the bar on a narrow chart). Pure.
 */
import type { ScaleLinear } from 'd3';
import { valueScale } from '../../charts/bars.ts';
import type { TriangulationRow } from '../../credibility/triangulation.ts';

export const TRI = {
	/** The block's first line: name, ticks, unit. */
	axis: 16,
	row: 20,
	/** Narrow: name and bar on one line, the shares on a second. */
	narrowRow: 34,
	bar: 10,
	blockGap: 12,
	name: 100,
	shares: 270,
	narrowAt: 560
} as const;

export type TriBlock = {
	country: string;
	currency: string;
	/** Top of the block; its rows start `axis` below. */
	y: number;
	rows: TriangulationRow[];
};

export type TriLayout = {
	blocks: TriBlock[];
	/** The amount scale of a currency. */
	x: (currency: string) => ScaleLinear<number, number>;
	isNarrow: boolean;
	/** A narrow chart's extra first line for the name and unit (the ticks need the width). */
	head: number;
	row: number;
	plotLeft: number;
	plotRight: number;
	height: number;
};

/** The largest value a row draws: SIPRI's figure or a finance-law amount. */
const rowMax = (r: TriangulationRow) => Math.max(r.sipri ?? 0, ...r.amounts.map((a) => a.value));

export function triangulationLayout(rows: readonly TriangulationRow[], width: number): TriLayout {
	const isNarrow = width < TRI.narrowAt;
	const row = isNarrow ? TRI.narrowRow : TRI.row;
	const head = isNarrow ? TRI.axis : 0;
	const plotLeft = TRI.name;
	const plotRight = width - (isNarrow ? 12 : TRI.shares);
	const blocks: TriBlock[] = [];
	let y = 0;
	for (const r of rows) {
		let block = blocks.at(-1);
		if (!block || block.country !== r.country) {
			if (block) y += TRI.blockGap;
			block = { country: r.country, currency: r.currency, y, rows: [] };
			blocks.push(block);
			y += head + TRI.axis;
		}
		block.rows.push(r);
		y += row;
	}
	const max = new Map<string, number>();
	for (const r of rows) max.set(r.currency, Math.max(max.get(r.currency) ?? 0, rowMax(r)));
	const scales = new Map(
		[...max].map(([currency, m]) => [
			currency,
			valueScale([0, m > 0 ? m : 1], [plotLeft, Math.max(plotLeft + 1, plotRight)]).nice(4)
		])
	);
	return {
		blocks,
		x: (currency) => scales.get(currency) ?? valueScale([0, 1], [plotLeft, plotRight]),
		isNarrow,
		head,
		row,
		plotLeft,
		plotRight,
		height: y
	};
}

/** SIPRI's bar and the finance laws' marks: a colour and a shape per scope, so none rests on colour. */
export const TRI_MARKS = {
	sipri: { colour: '#8c8c8c', shape: 'square' },
	defence_security: { colour: '#b2182b', shape: 'diamond' },
	defence: { colour: '#2166ac', shape: 'circle' },
	security: { colour: '#e08214', shape: 'square' }
} as const;
