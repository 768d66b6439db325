/**
 * The dated events as a timeline: one row per country, each event a symbol at its date (the
 * shape and colour say its kind, the legend and the table say it in words). Events a few days
 * apart would overprint: a later one moves to the next lane of its row. Pure, for testing.
 */
import type { ScaleLinear } from 'd3';
import { valueScale } from '../../charts/bars.ts';
import type { EventKind, GovernanceEvent } from '../../governance/budgets-events.ts';

/** Shape and colour per kind: politics red, procurement and secrecy purple, budget laws blue,
 * audit green (Okabe–Ito hues, darkened for contrast on white). */
export const EVENT_STYLE: Record<EventKind, { symbol: string; colour: string }> = {
	coup: { symbol: '▲', colour: '#a50f15' },
	transition: { symbol: '△', colour: '#a50f15' },
	procurement_rule: { symbol: '■', colour: '#7A3B69' },
	budget_secrecy: { symbol: '□', colour: '#7A3B69' },
	programming_law: { symbol: '▼', colour: '#005a8c' },
	finance_law: { symbol: '▽', colour: '#005a8c' },
	audit_report: { symbol: '●', colour: '#00704f' },
	audit_institution: { symbol: '○', colour: '#00704f' },
	oversight_hearing: { symbol: '✓', colour: '#00704f' }
};

export const TIMELINE = { left: 96, right: 12, lane: 15, pad: 6, axis: 18, minGap: 14 };

/** A date as a fractional year: 2024-02-23 → 2024.14. */
export function yearOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return y + ((m - 1) * 30.44 + (d - 1)) / 365.25;
}

export type PlacedEvent = { event: GovernanceEvent; x: number; lane: number };
export type TimelineRow = { country: string; y: number; height: number; events: PlacedEvent[] };

export function timelineLayout(
	events: GovernanceEvent[],
	countries: readonly string[],
	width: number
): { rows: TimelineRow[]; x: ScaleLinear<number, number>; years: number[]; height: number } {
	const years = events.map((e) => Number(e.date.slice(0, 4)));
	const [first, last] = years.length ? [Math.min(...years), Math.max(...years) + 1] : [2020, 2021];
	const x = valueScale([first, last], [TIMELINE.left, width - TIMELINE.right]);
	let y = 0;
	const rows = countries.map((country) => {
		const lanes: number[] = [];
		const placed = events
			.filter((e) => e.country === country)
			.map((event) => {
				const at = x(yearOf(event.date));
				let lane = lanes.findIndex((end) => at - end >= TIMELINE.minGap);
				if (lane < 0) lane = lanes.length;
				lanes[lane] = at;
				return { event, x: at, lane };
			});
		const height = Math.max(1, lanes.length) * TIMELINE.lane + TIMELINE.pad;
		const row = { country, y, height, events: placed };
		y += height;
		return row;
	});
	const span = last - first;
	const step = span > 12 ? 4 : span > 6 ? 2 : 1;
	const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => first + i * step);
	return { rows, x, years: ticks, height: y + TIMELINE.axis };
}
