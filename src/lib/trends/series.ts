/** One SIPRI series for the G5 countries, as points for the trend chart. */
import type { Engine } from '../db/engine.ts';
import { MEASURES, type G5Country, type MeasureId } from './measures.ts';
import seriesSql from './series.sql?raw';

export type SeriesPoint = {
	country: G5Country;
	year: number;
	value: number | null;
	status: string;
};

export function querySeries(
	engine: Engine,
	series: string,
	from: number,
	to: number
): Promise<SeriesPoint[]> {
	return engine.query<SeriesPoint>(seriesSql, [series, from, to]);
}

/** First and last year with at least one G5 figure: the default range of the chart. */
export async function querySeriesYears(engine: Engine): Promise<{ first: number; last: number }> {
	const [row] = await engine.query<{ first: number; last: number }>(
		`SELECT min(year) AS first, max(year) AS last FROM milex
		 WHERE value IS NOT NULL AND country IN ('BFA', 'MLI', 'MRT', 'NER', 'TCD')`
	);
	if (!row) throw new Error('The SIPRI table is empty');
	return row;
}

/** Every measure's series at once: the page's data, prerendered and then recomputed live. */
export async function queryAllMeasures(
	engine: Engine,
	from: number,
	to: number
): Promise<Record<MeasureId, SeriesPoint[]>> {
	const entries = [];
	for (const m of MEASURES) entries.push([m.id, await querySeries(engine, m.series, from, to)]);
	return Object.fromEntries(entries) as Record<MeasureId, SeriesPoint[]>;
}
