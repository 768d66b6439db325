/**
 * Dated events on a chart's time axis (a coup, a finance law): where their numbered badges go
 * and how they read in the chart's CSV. The chart receives them formatted (labels, dates in
 * words, source) and never translates; geometry and cells are pure, so they are unit-tested.
 */
import type { Cell } from '../export/csv.ts';
import type { Column } from './table.ts';

export type ChartEvent = {
	/** Stable key: `NER-2024-02-23-0`. */
	key: string;
	/** ISO date, `2024-02-23`. */
	date: string;
	/** Position on the year axis (`yearPosition`): 2024-02-23 → 2024.14. */
	x: number;
	/** Written in the badge and in the list under the chart: `1`, `2`… */
	label: string;
	/** The date in words, `23 févr. 2024`. */
	dateText: string;
	title: string;
	/** Whose event it is, written when a chart shows several countries' events. */
	group?: string;
	/** Publisher and title of the source, and its address. */
	source: string;
	url: string;
	colour: string;
	/** Passes WCAG AA on white: the badge's number and the list's. */
	textColour: string;
};

/** Badge geometry: radius, centre of the badges' row, space the row takes above the plot. */
export const BADGE = { r: 8, y: 30, band: 48 } as const;

/**
 * Where an ISO date falls on a year axis whose ticks are 1 January: the middle of its day.
 * 2023-07-26 is day 207 of 365 → 2023 + 206.5/365 ≈ 2023.566.
 */
export function yearPosition(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const start = Date.UTC(y, 0, 1);
	const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
	return y + ((Date.UTC(y, m - 1, d) - start) / 86_400_000 + 0.5) / days;
}

/**
 * The badges' centres in one row above the plot, `gap` apart at least: each at its date when it
 * can be; badges too close together (a coup and a decree weeks apart) are spread evenly around
 * the mean of their dates, so their stems stay short; the row is kept within [left, right].
 * The rule under each badge still falls at the exact date.
 */
export function badgeXs(xs: readonly number[], left: number, right: number): number[] {
	const gap = 2 * BADGE.r + 2;
	const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
	type Cluster = { items: typeof order; start: number };
	const place = (c: Cluster) => {
		const mean = c.items.reduce((sum, item) => sum + item.x, 0) / c.items.length;
		const width = (c.items.length - 1) * gap;
		c.start = Math.min(Math.max(mean - width / 2, left), right - width);
	};
	const clusters: Cluster[] = [];
	for (const item of order) {
		let cluster: Cluster = { items: [item], start: item.x };
		place(cluster);
		// merge with the previous cluster while they overlap, then centre the merged one again
		for (
			let prev = clusters.at(-1);
			prev && prev.start + prev.items.length * gap > cluster.start;
			prev = clusters.at(-1)
		) {
			clusters.pop();
			cluster = { items: [...prev.items, ...cluster.items], start: 0 };
			place(cluster);
		}
		clusters.push(cluster);
	}
	const out = new Array<number>(xs.length);
	for (const c of clusters) c.items.forEach((item, k) => (out[item.i] = c.start + k * gap));
	return out;
}

/**
 * The two CSV cells of a year: its events (`2023-07-26 Niger : title`, several joined by ` | `)
 * and their sources (`publisher — title <url>`), null for a year without event, so the CSV keeps
 * one row per year and a spreadsheet lines each event up with that year's values.
 */
export function eventCells(events: readonly ChartEvent[], year: number, colon: string): Cell[] {
	const here = events.filter((e) => Number(e.date.slice(0, 4)) === year);
	if (!here.length) return [null, null];
	return [
		here.map((e) => `${e.date} ${e.group ? e.group + colon : ''}${e.title}`).join(' | '),
		here.map((e) => `${e.source} <${e.url}>`).join(' | ')
	];
}

/** The words a chart with events needs; the view translates them. */
export type EventLabels = {
	/** Heads the list under the chart and the events table. */
	heading: string;
	number: string;
	date: string;
	/** Column of the country (shown when events have a `group`). */
	group: string;
	event: string;
	source: string;
	/** CSV column names of a year's events and of their sources. */
	csvEvents: string;
	csvSources: string;
};

/** The events table's columns (`DataTable`): number, date, whose, title, source. */
export function eventColumns(
	events: readonly ChartEvent[],
	labels: EventLabels
): Column<ChartEvent>[] {
	const columns: Column<ChartEvent>[] = [
		{ key: 'label', label: labels.number, text: (e) => e.label },
		{ key: 'date', label: labels.date, text: (e) => e.dateText, value: (e) => e.date },
		{ key: 'group', label: labels.group, text: (e) => e.group ?? '' },
		{ key: 'title', label: labels.event, text: (e) => e.title },
		{ key: 'source', label: labels.source, text: (e) => e.source, value: (e) => e.url }
	];
	return events.some((e) => e.group) ? columns : columns.filter((c) => c.key !== 'group');
}
