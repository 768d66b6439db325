/**
 * Vigie's PI-1/PI-2 results as the year-by-year table's rows: one series per country, indicator
 * and breakdown (PI-1, then PI-2.1 by institution, then PI-2.2 by category), grouped by country,
 * each with its results by year. Pure.
 */
import type { IndicatorResult } from '../../indicators/define-indicator.ts';

export type PefaSeries = {
	key: string;
	country: string;
	label: string;
	byYear: Map<number, IndicatorResult>;
};

const rank = (key: string) => (key.includes('pi1') ? 0 : key.endsWith('institution') ? 1 : 2);

export function pefaSeriesGroups(
	results: readonly IndicatorResult[],
	seriesLabel: (id: string, measure: string | undefined) => string,
	countryLabel: (iso3: string) => string
): { label: string; rows: PefaSeries[] }[] {
	const out = new Map<string, PefaSeries>();
	for (const r of results) {
		const key = `${r.country}|${r.id}|${r.measure ?? ''}`;
		let s = out.get(key);
		if (!s) {
			s = { key, country: r.country, label: seriesLabel(r.id, r.measure), byYear: new Map() };
			out.set(key, s);
		}
		s.byYear.set(r.year, r);
	}
	const series = [...out.values()].sort(
		(a, b) => a.country.localeCompare(b.country) || rank(a.key) - rank(b.key)
	);
	return [...new Set(series.map((s) => s.country))].map((c) => ({
		label: countryLabel(c),
		rows: series.filter((s) => s.country === c)
	}));
}
