/**
 * What the Sahel map colours each country by: one value per country for the chosen measure,
 * taken at the chart's last year, or the latest earlier year when that one is missing (SIPRI
 * often lacks the latest year for one or two countries; the map then says which year it shows).
 */
import type { GrowthRow } from '../trends/growth.ts';
import { G5, type MeasureId } from '../trends/measures.ts';
import type { SeriesPoint } from '../trends/series.ts';

/** Measures that can share one colour scale across countries (not local currency). */
export const MAP_MEASURES = [
	'share_gdp',
	'share_gov',
	'usd_constant_2023',
	'per_capita_usd',
	'growth'
] as const satisfies readonly (MeasureId | 'growth')[];
export type MapMeasure = (typeof MAP_MEASURES)[number];

export type MapValue = { country: string; value: number | null; year: number | null };

export function valuesAtYear(points: SeriesPoint[], year: number): MapValue[] {
	return G5.map((country) => {
		const latest = points
			.filter((p) => p.country === country && p.year <= year && p.value !== null)
			.reduce<SeriesPoint | null>((best, p) => (best && best.year > p.year ? best : p), null);
		return { country, value: latest?.value ?? null, year: latest?.year ?? null };
	});
}

export function growthValues(rows: GrowthRow[], to: number): MapValue[] {
	return G5.map((country) => {
		const row = rows.find((r) => r.country === country);
		return { country, value: row?.growth ?? null, year: row?.growth === null ? null : to };
	});
}
