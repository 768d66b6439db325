/**
 * PEFA-style PI-1 (aggregate outturn) and PI-2 (composition variance) on the lines the view's
 * filters keep, computed by the registered indicators themselves (runIndicator), never by
 * a copy of their formulas. The filter is applied by shadowing `budget_lines` with a temporary
 * table (pefa-scope.sql) for the duration of the run: the caller must not run other queries on
 * the same engine meanwhile (the credibility view runs its queries one after another).
 */
import type { Engine } from '../db/engine.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { INDICATORS } from '../indicators/index.ts';
import { runIndicator } from '../indicators/run-indicators.ts';
import { filterWhere, type ExploreFilters } from '../explore/filters.ts';
import { placeFilters } from './scope.ts';
import sql from './pefa-scope.sql?raw';

export const PEFA_IDS: readonly string[] = [
	'pefa-pi1-aggregate-outturn',
	'pefa-pi2-composition-variance'
];

/** Keeps the results inside the filters' year range. */
export const inYears = (filters: ExploreFilters) => (r: IndicatorResult) =>
	(filters.from === null || r.year >= filters.from) &&
	(filters.to === null || r.year <= filters.to);

/**
 * PI-1 and PI-2 results (value, coverage, letter when the data decide it) per country-year for
 * the filtered lines. The basis does not matter: both are ratios within one country-year.
 */
export async function queryPefaScores(
	engine: Engine,
	filters: ExploreFilters
): Promise<IndicatorResult[]> {
	const where = filterWhere(filters, {
		country: 'country',
		institution: 'institution',
		sector: 'sector',
		category: 'category'
	});
	await engine.query(placeFilters(sql, where.sql), where.params);
	try {
		// runIndicator (not runIndicators): the tables are known to exist, and skipping its
		// set-up statements keeps a filter change fast; same SQL, same scoring.
		const results: IndicatorResult[] = [];
		for (const definition of INDICATORS.filter((d) => PEFA_IDS.includes(d.id)))
			results.push(...(await runIndicator(engine, definition)));
		// years are kept after scoring: a letter needs the two years before the first one shown
		return results.filter(inYears(filters));
	} finally {
		await engine.exec('DROP TABLE IF EXISTS temp.budget_lines');
	}
}
