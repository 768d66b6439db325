/**
 * The indicator table of a printable country brief: for each SIPRI indicator measure, the latest
 * year the country has a value, that value, the G5 aggregate of the same year and the score when
 * the indicator has bands. Pure: the rows come from `runIndicator` at build time.
 */
import type { IndicatorResult, IndicatorUnit } from '../../indicators/define-indicator.ts';

export type BriefIndicatorRow = {
	id: string;
	measure: string;
	year: number;
	/** First year of a two-year comparison (compound growth). */
	fromYear?: number;
	unit: IndicatorUnit;
	value: number;
	g5: number | null;
	score: string | null;
};

const key = (r: IndicatorResult) => `${r.id}\u0000${r.measure ?? ''}`;

/** One row per indicator and measure, in the order the results come in. */
export function briefIndicatorRows(
	results: readonly IndicatorResult[],
	country: string
): BriefIndicatorRow[] {
	const latest = new Map<string, IndicatorResult>();
	for (const r of results) {
		if (r.country !== country || r.value === null) continue;
		const seen = latest.get(key(r));
		if (!seen || r.year > seen.year) latest.set(key(r), r);
	}
	return [...latest.values()].map((r) => {
		const g5 = results.find(
			(g) =>
				g.country === 'G5' && key(g) === key(r) && g.year === r.year && g.fromYear === r.fromYear
		);
		return {
			id: r.id,
			measure: r.measure ?? '',
			year: r.year,
			...(r.fromYear !== undefined ? { fromYear: r.fromYear } : {}),
			unit: r.unit,
			value: r.value as number,
			g5: g5?.value ?? null,
			score: r.score ?? null
		};
	});
}
