/** Executed − voted gaps per country and institution or category (SQL in stage-gaps.sql). */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { scopedQuery } from './scope.ts';
import sql from './stage-gaps.sql?raw';

export type GapBy = 'institution' | 'category';

export type StageGap = {
	country: string;
	currency: string;
	/** Institution name, or category code. */
	item: string;
	approved: number;
	executed: number;
	/** executed − approved, in the basis currency. */
	gap: number;
	/** executed ÷ approved − 1 (0.05 = 5 % overspent); null when nothing was voted. */
	gap_share: number | null;
	/** revised ÷ approved − 1 over the lines that have a revised figure. */
	revised_share: number | null;
	n_lines: number;
};

export async function queryStageGaps(
	engine: Engine,
	filters: ExploreFilters,
	by: GapBy
): Promise<StageGap[]> {
	const q = scopedQuery(filters, sql, [by]);
	return engine.query<StageGap>(q.sql, q.params);
}
