/**
 * Geometry of a ranked horizontal bar chart (largest suppliers, GDI scores): one band per row on
 * y, the value from zero on x. On a desktop the names sit left of the bars (right-aligned in
 * `labelWidth`); on a phone (`narrow`) above them, so the bars keep the full width. Pure.
 */
import type { ScaleBand, ScaleLinear } from 'd3';
import { bandScale, valueScale } from '../../charts/bars.ts';

/** One row of the chart. */
export type HBar = {
	key: string;
	/** The row's name, as written beside the bar. */
	name: string;
	value: number | null;
	/** What the bar's end says (« 496,1 M$ US · 12 % »), or why there is no bar. */
	text: string;
	/** Accessible name with the exact value. */
	label: string;
	/** The `drill=` value the bar opens. */
	drill?: string;
};

export type HBarsLayout = {
	narrow: boolean;
	/** Row key → top of its band. */
	y: ScaleBand<string>;
	/** Value → x. */
	x: ScaleLinear<number, number>;
	/** Right edge of the names (desktop), 0 on a phone. */
	labelWidth: number;
	/** Height of the bar itself within its band, and its offset from the band's top. */
	bar: { height: number; top: number };
	height: number;
};

const ROW = { desktop: 28, phone: 44 } as const;

/** `max`: top of the value scale (the largest value, or a fixed 100 for a score). */
export function hbarsLayout(
	keys: string[],
	width: number,
	max: number,
	labelWidth = 250
): HBarsLayout {
	const narrow = width < 560;
	const row = narrow ? ROW.phone : ROW.desktop;
	const height = Math.max(1, keys.length) * row;
	const left = narrow ? 0 : labelWidth;
	// room right of the longest bar for its value (« 1 344,6 M$ US · 23 % » ≈ 150 px)
	const right = narrow ? 4 : 160;
	return {
		narrow,
		y: bandScale(keys, [0, height], { inner: 0, outer: 0 }),
		x: valueScale([0, max > 0 ? max : 1], [left, Math.max(left + 10, width - right)]),
		labelWidth: left,
		bar: narrow ? { height: 16, top: 22 } : { height: 18, top: 5 },
		height
	};
}

/** A name cut to `max` characters with an ellipsis, so it fits left of the bars. */
export const clip = (name: string, max = 36) =>
	name.length > max ? `${name.slice(0, max - 1)}…` : name;
