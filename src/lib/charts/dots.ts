/**
 * Published values set beside a chart's lines (a finance law's defence credits beside SIPRI's
 * series): each a diamond at its year and value, in its group's colour, named in the legend, and
 * listed with its source in the data table and in the CSV (two columns per year, as events are).
 * The chart receives them formatted and never translates.
 */
import type { Cell } from '../export/csv.ts';
import type { Column } from './table.ts';

export type ChartDot = {
	key: string;
	/** Year. */
	x: number;
	/** Value, in the unit of the chart's series. */
	y: number;
	/** The legend entry it belongs to: `Défense et sécurité (lois de finances)`. */
	group: string;
	colour: string;
	/** The value in words, `520,0 Mds FCFA`. */
	text: string;
	/** What else the reader needs: stage, the figure as published. */
	detail: string;
	source: string;
	url: string;
};

export type DotLabels = {
	heading: string;
	year: string;
	group: string;
	value: string;
	detail: string;
	source: string;
	csvValues: string;
	csvSources: string;
};

export function dotColumns(labels: DotLabels): Column<ChartDot>[] {
	return [
		{ key: 'year', label: labels.year, text: (d) => String(d.x), value: (d) => d.x },
		{ key: 'group', label: labels.group, text: (d) => d.group },
		{ key: 'value', label: labels.value, numeric: true, text: (d) => d.text, value: (d) => d.y },
		{ key: 'detail', label: labels.detail, text: (d) => d.detail },
		{ key: 'source', label: labels.source, text: (d) => d.source, value: (d) => d.url }
	];
}

/** A year's values (`group : stored value (detail)`, joined by ` | `) and sources; null if none. */
export function dotCells(dots: readonly ChartDot[], year: number, colon: string): Cell[] {
	const here = dots.filter((d) => d.x === year);
	if (!here.length) return [null, null];
	return [
		here.map((d) => `${d.group}${colon}${d.y} (${d.detail})`).join(' | '),
		here.map((d) => `${d.source} <${d.url}>`).join(' | ')
	];
}

/** The legend of a chart with dots: its lines, then one diamond per group, in order met. */
export function dotLegend(
	series: readonly { key: string; label: string; colour: string }[],
	dots: readonly ChartDot[]
) {
	const groups = [...new Map(dots.map((d) => [d.group, d.colour])).entries()];
	return [
		...series.map((s) => ({
			key: s.key,
			label: s.label,
			colour: s.colour,
			shape: 'line' as const
		})),
		...groups.map(([label, colour]) => ({ key: label, label, colour, shape: 'diamond' as const }))
	];
}
