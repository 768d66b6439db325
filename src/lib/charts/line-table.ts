/**
 * What a line chart's "show the data" table and CSV hold: one row per year, one column per
 * series, and — when the chart marks events — the year's events and their sources as two more
 * CSV columns. Pure, so the table and the file are tested without a browser.
 */
import type { Cell } from '../export/csv.ts';
import { dotCells, type ChartDot, type DotLabels } from './dots.ts';
import { eventCells, type ChartEvent, type EventLabels } from './events.ts';
import type { Point } from './scales.ts';
import type { Column } from './table.ts';

type Series = { key: string; label: string; points: Point[] };

/** One line of a line chart. */
export type LineSeries = Series & {
	colour: string;
	textColour: string;
	/** Drawn faintly, as context for the highlighted series. */
	dimmed?: boolean;
};

/** A line chart's words. */
export type LineLabels = {
	/** Unit, source and data date as one translated line. */
	meta: string;
	showData: string;
	year: string;
	missing: string;
	cursorHint: string;
	/** `' : '` in French, `': '` in English. */
	colon: string;
};

export const valueAt = (s: Series, year: number) => s.points.find((p) => p.x === year)?.y ?? null;

/** The years of every series, in order. */
export const seriesYears = (series: readonly Series[]) =>
	[...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);

/** The table's columns: the year (row header), then each series, `—` for a missing value. */
export function lineColumns(
	series: readonly Series[],
	yearLabel: string,
	formatValue: (v: number) => string
): Column<number>[] {
	return [
		{ key: 'year', label: yearLabel, text: (year) => String(year) },
		...series.map((s) => ({
			key: s.key,
			label: s.label,
			numeric: true,
			text: (year: number) => {
				const v = valueAt(s, year);
				return v === null ? '—' : formatValue(v);
			},
			value: (year: number) => valueAt(s, year)
		}))
	];
}

/**
 * The CSV: stored values (empty when missing), series named with their unit, then — when the
 * chart has them — a year's published values and their sources, its events and their sources.
 */
export function lineCsvRows(
	series: readonly Series[],
	opts: {
		yearLabel: string;
		unit: string;
		colon: string;
		events?: readonly ChartEvent[];
		eventLabels?: EventLabels;
		dots?: readonly ChartDot[];
		dotLabels?: DotLabels;
	}
): Cell[][] {
	const events = opts.eventLabels ? (opts.events ?? []) : [];
	const dots = opts.dotLabels ? (opts.dots ?? []) : [];
	const head: Cell[] = [opts.yearLabel, ...series.map((s) => `${s.label} (${opts.unit})`)];
	if (dots.length) head.push(opts.dotLabels!.csvValues, opts.dotLabels!.csvSources);
	if (events.length) head.push(opts.eventLabels!.csvEvents, opts.eventLabels!.csvSources);
	const years = seriesYears([
		...series,
		{ key: '', label: '', points: dots.map((d) => ({ x: d.x, y: d.y })) }
	]);
	return [
		head,
		...years.map((year) => [
			year,
			...series.map((s) => valueAt(s, year)),
			...(dots.length ? dotCells(dots, year, opts.colon) : []),
			...(events.length ? eventCells(events, year, opts.colon) : [])
		])
	];
}
