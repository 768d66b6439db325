/**
 * The one place the credibility queries get their rows from: the budget lines the URL filters
 * keep, each with its multiplier to the chosen basis (local currency or constant 2023 US$, see
 * factors.sql). Every chart on the view composes its SQL through `scopedQuery`, so they cannot
 * disagree on which lines or which conversion they use.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters, FilterColumns } from '../explore/filters.ts';
import { filterWhere } from '../explore/filters.ts';
import factorsSql from './factors.sql?raw';
import linesSql from './lines.sql?raw';

/** Where each filter applies in `budget_lines` (aliased `b` in lines.sql). */
export const LINE_COLUMNS: FilterColumns = {
	country: 'b.country',
	year: 'b.year',
	institution: 'b.institution',
	sector: 'b.sector',
	category: 'b.category'
};

export type Scoped = { sql: string; params: unknown[] };

const withFactors = new WeakSet<Engine>();

/**
 * SIPRI's conversion factors (factors.sql), computed once per engine into a temporary table that
 * every credibility query reads: recomputing that join inside each query cost most of a redraw.
 * They depend on SIPRI's file only, which does not change while the engine lives.
 */
export async function ensureFactors(engine: Engine): Promise<void> {
	if (withFactors.has(engine)) return;
	await engine.exec(`CREATE OR REPLACE TEMP TABLE credibility_factors AS ${factorsSql}`);
	withFactors.add(engine);
}

const FACTORS = 'SELECT * FROM credibility_factors';

/** Puts a `WHERE` clause built by filterWhere at the `/* filters *\/` mark of a SQL file. */
export function placeFilters(sql: string, where: string): string {
	if (sql.split('/* filters */').length !== 2) throw new Error('SQL needs one /* filters */ mark');
	return sql.replace('/* filters */', where);
}

/**
 * `WITH factors AS (…), lines AS (…) <query>`: `query` reads `lines` (and may read `factors`;
 * call `ensureFactors` first);
 * its own `?` parameters, given in `queryParams`, come after those of the scope.
 */
export function scopedQuery(
	filters: ExploreFilters,
	query: string,
	queryParams: unknown[] = []
): Scoped {
	const where = filterWhere(filters, LINE_COLUMNS);
	return {
		sql: `WITH factors AS (${FACTORS}), lines AS (\n${placeFilters(linesSql, where.sql)}\n)\n${query}`,
		params: [filters.basis, filters.basis, ...where.params, ...queryParams]
	};
}

/** The factors CTE alone, for queries on other tables (BOOST). */
export const factorsCte = () => `WITH factors AS (${FACTORS})\n`;
