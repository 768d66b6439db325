/**
 * What the credibility filter bar offers: the countries and years of the budget lines (user
 * data or demo) and of the real series the view shows beside them (BOOST, the finance-law
 * figures, the PEFA assessments' countries), so each real series can be narrowed too; the
 * institutions of the budget lines.
 */
import type { Engine } from '../db/engine.ts';

export type CredibilityScope = { countries: string[]; years: number[]; institutions: string[] };

export async function queryFilterOptions(engine: Engine): Promise<CredibilityScope> {
	const countries = await engine.query<{ v: string }>(
		`SELECT DISTINCT country AS v FROM (
			SELECT country FROM budget_lines UNION ALL SELECT country FROM boost
			UNION ALL SELECT country FROM national_budgets
			UNION ALL SELECT country FROM governance_scores WHERE source = 'pefa'
		) WHERE v IS NOT NULL ORDER BY v`
	);
	const years = await engine.query<{ v: number }>(
		`SELECT DISTINCT year AS v FROM (
			SELECT year FROM budget_lines UNION ALL SELECT year FROM boost
			UNION ALL SELECT year FROM national_budgets WHERE year_end IS NULL
		) WHERE v IS NOT NULL ORDER BY v`
	);
	const institutions = await engine.query<{ v: string }>(
		`SELECT DISTINCT institution AS v FROM budget_lines WHERE institution IS NOT NULL ORDER BY v`
	);
	return {
		countries: countries.map((r) => r.v),
		years: years.map((r) => r.v),
		institutions: institutions.map((r) => r.v)
	};
}
