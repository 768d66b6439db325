/**
 * The trend view's state as it lives in the URL (`?measure=share_gdp&from=2000&to=2024&gfrom=2005&gto=2019&map=growth&events=NER`),
 * so a reload or a pasted link shows the same view. Anything invalid falls back to the default and
 * is reported, never thrown.
 */
import { DEFAULT_GROWTH_FROM } from '../../trends/growth.ts';
import { findMeasure, type MeasureId } from '../../trends/measures.ts';
import { MAP_MEASURES, type MapMeasure } from '../../map/map-values.ts';
import {
	OVERVIEW_EVENT_CHOICES,
	parseEventsChoice,
	type EventsChoice
} from '../../trends/chart-events.ts';

export type TrendState = {
	measure: MeasureId;
	from: number;
	to: number;
	gfrom: number;
	gto: number;
	/** What the Sahel map is coloured by. */
	map: MapMeasure;
	/** Which dated events the trend chart marks (`regime`, `off`, or one country's). */
	events: EventsChoice;
};
export type Years = { first: number; last: number };

export function defaultTrendState(years: Years): TrendState {
	return {
		measure: 'usd_constant_2023',
		from: years.first,
		to: years.last,
		gfrom: DEFAULT_GROWTH_FROM,
		gto: years.last,
		map: 'share_gdp',
		events: 'regime'
	};
}

function parseYear(raw: string | null, years: Years): number | undefined {
	if (raw === null || !/^\d{4}$/.test(raw)) return undefined;
	const year = Number(raw);
	return year >= years.first && year <= years.last ? year : undefined;
}

/** Reads the state from URL parameters; `rejected` names each parameter that was ignored. */
export function parseTrendState(
	params: URLSearchParams,
	years: Years
): { state: TrendState; rejected: string[] } {
	const state = defaultTrendState(years);
	const rejected: string[] = [];
	const measure = params.get('measure');
	if (measure !== null) {
		const found = findMeasure(measure);
		if (found) state.measure = found.id;
		else rejected.push('measure');
	}
	const map = params.get('map');
	if (map !== null) {
		const found = MAP_MEASURES.find((m) => m === map);
		if (found) state.map = found;
		else rejected.push('map');
	}
	const events = params.get('events');
	if (events !== null) {
		const found = parseEventsChoice(events, OVERVIEW_EVENT_CHOICES);
		if (found) state.events = found;
		else rejected.push('events');
	}
	for (const key of ['from', 'to', 'gfrom', 'gto'] as const) {
		const raw = params.get(key);
		if (raw === null) continue;
		const year = parseYear(raw, years);
		if (year === undefined) rejected.push(key);
		else state[key] = year;
	}
	if (state.from > state.to) [state.from, state.to] = [state.to, state.from];
	if (state.gfrom >= state.gto) {
		rejected.push('gfrom', 'gto');
		state.gfrom = DEFAULT_GROWTH_FROM;
		state.gto = years.last;
	}
	return { state, rejected: [...new Set(rejected)] };
}

/** The URL query for a state, leaving out what equals the default (short, stable links). */
export function trendStateQuery(state: TrendState, years: Years): string {
	const defaults = defaultTrendState(years);
	const params = new URLSearchParams();
	for (const key of ['measure', 'from', 'to', 'gfrom', 'gto', 'map', 'events'] as const)
		if (state[key] !== defaults[key]) params.set(key, String(state[key]));
	const query = params.toString();
	return query ? `?${query}` : '';
}
