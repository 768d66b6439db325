/**
 * Everything the credibility view shows for one set of filters, computed in one pass. Queries
 * run one after another, and passes never overlap (`runExclusive`): the PEFA step briefly
 * shadows `budget_lines` with a filtered copy (pefa-scores.ts) that no other query may see.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { queryBoostTotals, type BoostResult } from './boost-totals.ts';
import { inYears, queryPefaScores } from './pefa-scores.ts';
import { queryScopeSummary, type ScopeSummary } from './scope-summary.ts';
import { queryBothGaps, type StageGap } from './stage-gaps.ts';
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

/**
 * Remembers the last result of a query under the filters it depends on, so a filter change re-runs
 * only the queries it affects (a year change does not recompute PI-1/PI-2; an institution change
 * does not touch BOOST). Keyed per `session` (the view's opening of the data): a new visit to the
 * view, after an import, a removal or an engine restart, recomputes everything.
 */
function memo<T>(keyOf: (f: ExploreFilters) => unknown[]) {
	let last: { session: object; key: string; value: Promise<T> } | undefined;
	return (session: object, filters: ExploreFilters, run: () => Promise<T>): Promise<T> => {
		const key = JSON.stringify(keyOf(filters));
		if (last?.session === session && last.key === key) return last.value;
		const value = run();
		last = { session, key, value };
		value.catch(() => (last = undefined));
		return value;
	};
}
// PI-1/PI-2 are ratios within a country-year (basis does not matter); years are cut afterwards.
const pefaMemo = memo<IndicatorResult[]>((f) => [f.country, f.institution, f.sector, f.category]);
const boostMemo = memo<BoostResult>((f) => [f.country, f.from, f.to, f.basis]);

export function loadCredibility(
	engine: Engine,
	filters: ExploreFilters,
	/** Same object while the data cannot have changed (one opening of the view); default: no memo. */
	session: object = {}
): Promise<CredibilityResults> {
	const allYears = { ...filters, from: null, to: null };
	return runExclusive(async () => {
		const gaps = await queryBothGaps(engine, filters);
		return {
			totals: await queryStageTotals(engine, filters),
			byInstitution: gaps.institution,
			byCategory: gaps.category,
			pefa: (await pefaMemo(session, filters, () => queryPefaScores(engine, allYears))).filter(
				inYears(filters)
			),
			boost: await boostMemo(session, filters, () => queryBoostTotals(engine, filters)),
			scope: await queryScopeSummary(engine, filters)
		};
	});
}
