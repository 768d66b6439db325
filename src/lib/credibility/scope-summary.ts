/** How many lines the filters keep or exclude, and from which datasets (scope-summary.sql). */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { ensureFactors, scopedQuery } from './scope.ts';
import sql from './scope-summary.sql?raw';

export type ScopeSummary = { n_lines: number; n_excluded: number; datasets: string[] };

export async function queryScopeSummary(
	engine: Engine,
	filters: ExploreFilters
): Promise<ScopeSummary> {
	await ensureFactors(engine);
	const q = scopedQuery(filters, sql);
	const [row] = await engine.query<Omit<ScopeSummary, 'datasets'> & { datasets: string | null }>(
		q.sql,
		q.params
	);
	return {
		n_lines: row?.n_lines ?? 0,
		n_excluded: row?.n_excluded ?? 0,
		datasets: row?.datasets ? row.datasets.split('\n') : []
	};
}
