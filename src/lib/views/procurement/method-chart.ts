/**
 * Geometry of the method chart: one 100 % stacked bar per award year (`stackParts`, methods from
 * most to least competitive, bottom up, in the order of method-categories.ts) and the share
 * under the derogatory regime, whatever the method, as points joined by a line on the same
 * 0–100 % scale. Pure, for testing.
 */
import type { ScaleBand, ScaleLinear } from 'd3';
import { bandScale, stackParts, thinLabels, valueScale, type Segment } from '../../charts/bars.ts';
import type { YearRow } from '../../procurement/overview.ts';

export const METHOD_PLOT = { height: 280, left: 44, right: 8, bottom: 22 } as const;

export type MethodLayout = {
	x: ScaleBand<number>;
	y: ScaleLinear<number, number>;
	/** Years written under the bars (thinned when bars get narrow). */
	shown: number[];
	narrow: boolean;
	height: number;
};

export function methodLayout(years: number[], width: number): MethodLayout {
	const x = bandScale(
		years,
		[METHOD_PLOT.left, Math.max(METHOD_PLOT.left + 1, width - METHOD_PLOT.right)],
		{
			inner: 0.25,
			outer: 0.1
		}
	);
	return {
		x,
		y: valueScale([0, 1], [METHOD_PLOT.height, 0]),
		shown: thinLabels(years, x.step(), 34),
		narrow: width < 560,
		height: METHOD_PLOT.height + METHOD_PLOT.bottom
	};
}

/** A year's segments, bottom up, as shares of the value awarded that year. */
export const yearSegments = (row: YearRow): Segment<string>[] =>
	stackParts(
		row.methods.map((c) => ({ key: c.method, value: c.amount })),
		true
	);

/** The derogation line's path through the years that have a share (breaks at the others). */
export function derogationPath(rows: YearRow[], layout: MethodLayout): string {
	const mid = (year: number) => (layout.x(year) ?? 0) + layout.x.bandwidth() / 2;
	let path = '';
	let pen = false;
	for (const r of rows) {
		if (r.derogation === null) {
			pen = false;
			continue;
		}
		path += `${pen ? 'L' : 'M'}${mid(r.year)},${layout.y(r.derogation)}`;
		pen = true;
	}
	return path;
}
