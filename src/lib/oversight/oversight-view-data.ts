/**
 * Everything the oversight view draws for one set of filters, and the rows behind one opened
 * mark. The indicators and tables are read once per page (per sector for the classified
 * share, the only figure a filter recomputes); country and year filters then only select rows,
 * so a filter change redraws without a query. Node-runnable, so tests check the same calls.
 */
import type { Engine } from '../db/engine.ts';
import { drillRows, type DrillResult, type DrillTable } from '../explore/drill-rows.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { drillTarget, drillTotal, type OversightDrill } from './oversight-drill.ts';
import {
	isInFilters,
	runClassified,
	runOthers,
	selectResults,
	type OversightResults
} from './oversight-results.ts';
import {
	auditAmounts,
	neverAudited,
	publicationDates,
	type AuditAmount,
	type PublicationDate
} from './oversight-tables.ts';
import { buildPublicationGrid, type PublicationGrid } from './publication-grid.ts';

export type OversightViewData = {
	results: OversightResults;
	amounts: AuditAmount[];
	gaps: AuditAmount[];
	grid: PublicationGrid;
};

type Base = { others: IndicatorResult[]; amounts: AuditAmount[]; dates: PublicationDate[] };

/** A loader bound to one engine, remembering what it read (the data do not change meanwhile). */
export function oversightLoader(
	engine: Engine
): (filters: ExploreFilters) => Promise<OversightViewData> {
	let base: Promise<Base> | null = null;
	const classified = new Map<string, Promise<IndicatorResult[]>>();
	const remember = <T>(p: Promise<T>, forget: () => void) => {
		p.catch(forget); // a failed read is retried on the next change, not cached
		return p;
	};
	return async (filters) => {
		base ??= remember(
			(async () => ({
				others: await runOthers(engine),
				amounts: await auditAmounts(engine),
				dates: await publicationDates(engine)
			}))(),
			() => (base = null)
		);
		const sector = filters.sector ?? '';
		if (!classified.has(sector))
			classified.set(
				sector,
				remember(runClassified(engine, filters.sector), () => classified.delete(sector))
			);
		const { others, amounts, dates } = await base;
		const results = selectResults(await classified.get(sector)!, others, filters);
		const shown = amounts.filter((a) => isInFilters(a, filters));
		return {
			results,
			amounts: shown,
			gaps: neverAudited(shown),
			grid: buildPublicationGrid(
				results.documents,
				results.lag,
				dates.filter((d) => isInFilters(d, filters))
			)
		};
	};
}

export type OversightDrillData = { table: DrillTable; result: DrillResult; total: number | null };

export async function loadDrill(
	engine: Engine,
	drill: OversightDrill,
	filters: ExploreFilters
): Promise<OversightDrillData> {
	const target = drillTarget(drill, filters);
	const result = await drillRows(engine, target.table, target.where);
	return { table: target.table, result, total: await drillTotal(engine, target) };
}
