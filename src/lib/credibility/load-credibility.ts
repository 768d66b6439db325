/**
 * Everything the credibility view shows for one set of filters, computed in one pass. Queries
 * run one after another, and passes never overlap (`runExclusive`): the PEFA step briefly
 * shadows `budget_lines` with a filtered copy (pefa-scores.ts) that no other query may see.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { queryBoostTotals, type BoostResult } from './boost-totals.ts';
import { queryPefaScores } from './pefa-scores.ts';
import { queryScopeSummary, type ScopeSummary } from './scope-summary.ts';
import { queryStageGaps, type StageGap } from './stage-gaps.ts';
import { queryStageTotals, type StageTotal } from './stage-totals.ts';

export type CredibilityResults = {
	totals: StageTotal[];
	byInstitution: StageGap[];
	byCategory: StageGap[];
	pefa: IndicatorResult[];
	boost: BoostResult;
	scope: ScopeSummary;
};

let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it has finished (failures included). */
export function runExclusive<T>(task: () => Promise<T>): Promise<T> {
	const next = chain.then(task, task);
	chain = next.catch(() => {});
	return next;
}

export function loadCredibility(
	engine: Engine,
	filters: ExploreFilters
): Promise<CredibilityResults> {
	return runExclusive(async () => ({
		totals: await queryStageTotals(engine, filters),
		byInstitution: await queryStageGaps(engine, filters, 'institution'),
		byCategory: await queryStageGaps(engine, filters, 'category'),
		pefa: await queryPefaScores(engine, filters),
		boost: await queryBoostTotals(engine, filters),
		scope: await queryScopeSummary(engine, filters)
	}));
}
