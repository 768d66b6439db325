/** Voted, revised and executed totals per country and year (SQL in stage-totals.sql). */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { ensureFactors, scopedQuery } from './scope.ts';
import sql from './stage-totals.sql?raw';

export type StageTotal = {
	country: string;
	/** Currency of the amounts: the lines' own, or USD on the constant-dollar basis. */
	currency: string;
	year: number;
	approved: number | null;
	revised: number | null;
	executed: number | null;
	n_lines: number;
};

export async function queryStageTotals(
	engine: Engine,
	filters: ExploreFilters
): Promise<StageTotal[]> {
	await ensureFactors(engine);
	const q = scopedQuery(filters, sql);
	return engine.query<StageTotal>(q.sql, q.params);
}
