/**
 * The JSON shape of one indicator result for the CLI and exports:
 * `{ id, country, year, from_year?, measure?, group?, value, unit, score?, score_years?,
 * coverage? }`,
 * optional fields present only when they apply.
 */
import type { IndicatorResult } from './define-indicator.ts';

export function resultToJson(r: IndicatorResult) {
	return {
		id: r.id,
		country: r.country,
		year: r.year,
		...(r.fromYear !== undefined && { from_year: r.fromYear }),
		...(r.measure !== undefined && { measure: r.measure }),
		...(r.group !== undefined && { group: r.group }),
		value: r.value,
		unit: r.unit,
		...(r.score !== undefined && { score: r.score }),
		...(r.scoredYears !== undefined && { score_years: r.scoredYears }),
		...(r.coverage !== undefined && { coverage: r.coverage })
	};
}
