/** Whole-government approved vs executed totals from BOOST (SQL in boost-totals.sql). */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { filterWhere } from '../explore/filters.ts';
import { ensureFactors, factorsCte, placeFilters } from './scope.ts';
import sql from './boost-totals.sql?raw';

export type BoostTotal = {
	country: string;
	currency: string;
	year: number;
	approved: number | null;
	executed: number | null;
	/** executed ÷ approved (1.02 = 102 %). */
	rate: number | null;
	/** Row of the total line in the CSV (header = 1). */
	source_row: number;
};

export type BoostResult = {
	rows: BoostTotal[];
	/** Country-years left out on the constant-US$ basis: SIPRI has no factor for them. */
	excluded: { country: string; year: number }[];
};

/**
 * Only country and years apply: BOOST has no defence lines, institutions or economic categories
 * in the view's codes, so those filters do not narrow it (the caption says so).
 */
export async function queryBoostTotals(
	engine: Engine,
	filters: ExploreFilters
): Promise<BoostResult> {
	const where = filterWhere(filters, { country: 'b.country', year: 'b.year' });
	await ensureFactors(engine);
	const rows = await engine.query<BoostTotal & { converted: boolean }>(
		factorsCte() + placeFilters(sql, where.sql),
		[filters.basis, filters.basis, ...where.params]
	);
	return {
		rows: rows.filter((r) => r.converted).map(({ converted: _, ...r }) => r),
		excluded: rows.filter((r) => !r.converted).map((r) => ({ country: r.country, year: r.year }))
	};
}
