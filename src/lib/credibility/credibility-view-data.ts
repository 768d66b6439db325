/**
 * Everything the credibility view draws for one set of filters, and the rows behind one opened
 * mark. Real series first: the official PEFA scores, the finance-law figures beside SIPRI's,
 * BOOST's whole-government execution; then the budget lines (the user's, or the labelled demo):
 * totals by stage, gaps by institution and category, PEFA-style PI-1/PI-2. What does not depend
 * on a filter is read once per opening; country and years then only select rows, so most filter
 * changes redraw with few queries. Node-runnable: the build prerenders with the same loader.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { queryBudgets, type BudgetFigure } from '../governance/budgets-events.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { queryBoostTotals, type BoostResult } from './boost-totals.ts';
import type { CredibilityDrill } from './credibility-drill.ts';
import { queryDrillLines, type DrillLines } from './drill-lines.ts';
import { queryOfficialPefa, type OfficialPefa } from './official-pefa.ts';
import { queryPefaScores } from './pefa-scores.ts';
import { runExclusive } from './run-exclusive.ts';
import { queryScopeSummary, type ScopeSummary } from './scope-summary.ts';
import { queryBothGaps, type StageGap } from './stage-gaps.ts';
import { queryStageTotals, type StageTotal } from './stage-totals.ts';
import {
	buildTriangulation,
	localCurrency,
	querySipriLocal,
	type SipriLocal,
	type TriangulationRow
} from './triangulation.ts';

export type CredibilityViewData = {
	official: OfficialPefa[];
	triangulation: TriangulationRow[];
	boost: BoostResult;
	totals: StageTotal[];
	byInstitution: StageGap[];
	byCategory: StageGap[];
	/** Vigie's PEFA-style PI-1 and PI-2 on the filtered lines. */
	pefa: IndicatorResult[];
	scope: ScopeSummary;
};

export type CredibilityDrillData =
	| { kind: 'lines'; lines: DrillLines }
	| { kind: 'sources'; figures: BudgetFigure[]; sipri: number | null; currency: string };

type Real = { official: OfficialPefa[]; triangulation: TriangulationRow[] };

/** Keeps what the filters' countries (and years, when `years`) select. */
const selected =
	(f: ExploreFilters, years = true) =>
	(r: { country: string; year: number }) =>
		(f.country.length === 0 || f.country.includes(r.country)) &&
		(!years || ((f.from === null || r.year >= f.from) && (f.to === null || r.year <= f.to)));

const everywhere = (f: ExploreFilters): ExploreFilters => ({
	...f,
	country: [],
	from: null,
	to: null
});

/** A loader bound to one engine, remembering what no filter (or only some) changes. */
export function credibilityLoader(
	engine: Engine
): (filters: ExploreFilters) => Promise<CredibilityViewData> {
	let real: Promise<Real> | null = null;
	const memo = new Map<string, Promise<unknown>>();
	function remember<T>(key: string, run: () => Promise<T>): Promise<T> {
		if (!memo.has(key)) {
			const value = run();
			value.catch(() => memo.delete(key)); // a failed read is retried, not cached
			memo.set(key, value);
		}
		return memo.get(key) as Promise<T>;
	}
	return (filters) =>
		runExclusive(async () => {
			real ??= (async () => ({
				official: await queryOfficialPefa(engine),
				triangulation: buildTriangulation(
					await queryBudgets(engine, { from: 1950, to: 2100 }),
					await querySipriLocal(engine)
				)
			}))();
			real.catch(() => (real = null));
			const { official, triangulation } = await real;
			// PI-1/PI-2 for every country and year (a letter needs the two years before the first
			// shown), BOOST per basis: a country or year change then costs no query.
			const pefa = await remember(
				`pefa|${filters.institution}|${filters.sector}|${filters.category}`,
				() => queryPefaScores(engine, everywhere(filters))
			);
			const boost = await remember(`boost|${filters.basis}`, () =>
				queryBoostTotals(engine, everywhere(filters))
			);
			const gaps = await queryBothGaps(engine, filters);
			return {
				official: official.filter(
					(o) => !filters.country.length || filters.country.includes(o.country)
				),
				triangulation: triangulation.filter(selected(filters)),
				boost: {
					rows: boost.rows.filter(selected(filters)),
					excluded: boost.excluded.filter(selected(filters))
				},
				totals: await queryStageTotals(engine, filters),
				byInstitution: gaps.institution,
				byCategory: gaps.category,
				pefa: pefa.filter(selected(filters)),
				scope: await queryScopeSummary(engine, filters)
			};
		});
}

/** The figures behind a drilled mark: its budget lines, or the cited figures of a country-year. */
export function loadCredibilityDrill(
	engine: Engine,
	drill: CredibilityDrill,
	filters: ExploreFilters
): Promise<CredibilityDrillData> {
	return runExclusive(async () => {
		if (drill.kind !== 'sources')
			return { kind: 'lines', lines: await queryDrillLines(engine, filters, drill) };
		const figures = await queryBudgets(engine, {
			countries: [drill.country],
			from: drill.year,
			to: drill.year
		});
		const sipri: SipriLocal[] = await querySipriLocal(engine);
		const at = sipri.find((s) => s.country === drill.country && s.year === drill.year);
		return {
			kind: 'sources',
			figures,
			sipri: at?.value ?? null,
			currency: localCurrency(drill.country)
		};
	});
}
