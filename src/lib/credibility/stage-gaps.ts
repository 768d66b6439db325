/** Executed − voted gaps per country and institution or category (SQL in stage-gaps.sql). */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { ensureFactors, scopedQuery } from './scope.ts';
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

/** Both breakdowns from one query (a filter change pays one scan, not two). */
export async function queryBothGaps(
	engine: Engine,
	filters: ExploreFilters
): Promise<Record<GapBy, StageGap[]>> {
	await ensureFactors(engine);
	const q = scopedQuery(filters, sql);
	const rows = await engine.query<StageGap & { breakdown: GapBy }>(q.sql, q.params);
	const part = (by: GapBy) =>
		rows.filter((r) => r.breakdown === by).map(({ breakdown: _, ...gap }) => gap);
	return { institution: part('institution'), category: part('category') };
}

export async function queryStageGaps(
	engine: Engine,
	filters: ExploreFilters,
	by: GapBy
): Promise<StageGap[]> {
	return (await queryBothGaps(engine, filters))[by];
}
