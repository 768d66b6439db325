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
// Both are computed for every country and year once, then cut here: a country or year change
// then costs no query. PI-1/PI-2 are ratios within a country-year (the basis does not matter);
// BOOST has no institution, sector or category.
const pefaMemo = memo<IndicatorResult[]>((f) => [f.institution, f.sector, f.category]);
const boostMemo = memo<BoostResult>((f) => [f.basis]);
const everywhere = (f: ExploreFilters): ExploreFilters => ({
	...f,
	country: [],
	from: null,
	to: null
});

/** Keeps what the filters' countries and years select. */
function selected<T extends { country: string; year: number }>(f: ExploreFilters) {
	return (r: T) =>
		(f.country.length === 0 || f.country.includes(r.country)) &&
		(f.from === null || r.year >= f.from) &&
		(f.to === null || r.year <= f.to);
}

export function loadCredibility(
	engine: Engine,
	filters: ExploreFilters,
	/** Same object while the data cannot have changed (one opening of the view); default: no memo. */
	session: object = {}
): Promise<CredibilityResults> {
	return runExclusive(async () => {
		const gaps = await queryBothGaps(engine, filters);
		return {
			totals: await queryStageTotals(engine, filters),
			byInstitution: gaps.institution,
			byCategory: gaps.category,
			pefa: (
				await pefaMemo(session, filters, () => queryPefaScores(engine, everywhere(filters)))
			).filter(selected(filters)),
			boost: cutBoost(
				await boostMemo(session, filters, () => queryBoostTotals(engine, everywhere(filters))),
				filters
			),
			scope: await queryScopeSummary(engine, filters)
		};
	});
}

function cutBoost(all: BoostResult, filters: ExploreFilters): BoostResult {
	return {
		rows: all.rows.filter(selected(filters)),
		excluded: all.excluded.filter(selected(filters))
	};
}
