/**
 * The indicator results the oversight view draws, computed by the registered indicators
 * (`runIndicators` with `ids`): classified share, derogation share, audit coverage, publication
 * lag and key documents (the accountability-gap matrix is the indicators page's: not computed
 * here). Country and year filters select result
 * rows; the sector filter narrows the budget lines the classified share is computed on (the
 * other indicators are defined on all defence and security spending, or on contracts and
 * oversight records, which carry no sector).
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { EMPTY_FILTERS, filterWhere } from '../explore/filters.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { runIndicators, type RunOptions } from '../indicators/run-indicators.ts';
import { budgetScope } from './budget-scope.ts';

export type OversightResults = {
	classified: IndicatorResult[];
	/** `measure: 'value'` rows only: share of contract value. */
	derogation: IndicatorResult[];
	audit: IndicatorResult[];
	lag: IndicatorResult[];
	/** `measure: 'published'` rows: one per key document, 1 listed / 0 not. */
	documents: IndicatorResult[];
};

const OTHER_IDS = [
	'derogation-share',
	'audit-coverage',
	'publication-lag',
	'key-documents-published'
];

/** Result-row selection for the country and year filters (unbounded sides stay open). */
export function resultSelection(filters: ExploreFilters): Pick<RunOptions, 'countries' | 'years'> {
	const options: Pick<RunOptions, 'countries' | 'years'> = {};
	if (filters.country.length) options.countries = filters.country;
	if (filters.from !== null || filters.to !== null) {
		const from = filters.from ?? 1950;
		const to = filters.to ?? 2100;
		options.years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
	}
	return options;
}

/** Whether a row is among the filtered countries and years (as `runIndicators` selects them). */
export function isInFilters(row: { country: string; year: number }, filters: ExploreFilters) {
	const { countries, years } = resultSelection(filters);
	return (!countries || countries.includes(row.country)) && (!years || years.includes(row.year));
}

/** Classified share on the budget lines of the filtered sector (all years and countries). */
export function runClassified(engine: Engine, sector: string | null): Promise<IndicatorResult[]> {
	const where = filterWhere({ ...EMPTY_FILTERS, sector }, { sector: 'sector' });
	return runIndicators(budgetScope(engine, where), { ids: ['classified-share'] });
}

/** The other four indicators, which no filter of this view changes but for row selection. */
export const runOthers = (engine: Engine) => runIndicators(engine, { ids: OTHER_IDS });

/** The rows of the filtered countries and years, split by figure. */
export function selectResults(
	classified: IndicatorResult[],
	others: IndicatorResult[],
	filters: ExploreFilters
): OversightResults {
	const keep = (rows: IndicatorResult[]) => rows.filter((r) => isInFilters(r, filters));
	const of = (id: string, measure?: string) =>
		keep(others.filter((r) => r.id === id && (measure === undefined || r.measure === measure)));
	return {
		classified: keep(classified),
		derogation: of('derogation-share', 'value'),
		audit: of('audit-coverage'),
		lag: of('publication-lag'),
		documents: of('key-documents-published', 'published')
	};
}

/** Runs the five indicators for the view's filters. */
export async function oversightResults(
	engine: Engine,
	filters: ExploreFilters
): Promise<OversightResults> {
	return selectResults(
		await runClassified(engine, filters.sector),
		await runOthers(engine),
		filters
	);
}
