/**
 * What the credibility filter bar offers: the countries, years and institutions present in the
 * budget lines (user data or demo), years widened by BOOST's so its real series can be narrowed.
 */
import type { Engine } from '../db/engine.ts';

export type FilterOptions = { countries: string[]; years: number[]; institutions: string[] };

export async function queryFilterOptions(engine: Engine): Promise<FilterOptions> {
	const countries = await engine.query<{ v: string }>(
		`SELECT DISTINCT country AS v FROM budget_lines WHERE country IS NOT NULL ORDER BY v`
	);
	const years = await engine.query<{ v: number }>(
		`SELECT DISTINCT year AS v FROM (SELECT year FROM budget_lines UNION ALL SELECT year FROM boost) ORDER BY v`
	);
	const institutions = await engine.query<{ v: string }>(
		`SELECT DISTINCT institution AS v FROM budget_lines ORDER BY v`
	);
	return {
		countries: countries.map((r) => r.v),
		years: years.map((r) => r.v),
		institutions: institutions.map((r) => r.v)
	};
}
