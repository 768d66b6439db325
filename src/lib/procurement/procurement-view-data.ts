/**
 * What the procurement view draws for one set of filters, and the rows behind one opened mark.
 * Opening builds the view's tables once per state of the data (`buildProcurement`) and reads
 * the filter choices; a filter change then only adds up their sums (`queryProcurement`).
 * Node-runnable: the build prerenders with it and the tests check the same calls.
 */
import type { Engine } from '../db/engine.ts';
import { DRILL_LIMIT, type DrillResult } from '../explore/drill-rows.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { buildProcurement } from './build-procurement.ts';
import { drillWhere, type ProcurementDrill } from './procurement-drill.ts';
import {
	queryFlagged,
	scopeWhere,
	type AmountBasis,
	type FlaggedRow
} from './procurement-queries.ts';
import {
	amountBasis,
	queryAvailable,
	queryProcurement,
	type Available,
	type ProcurementView
} from './query-procurement.ts';

export type ProcurementScope = Available;

export type ProcurementViewData = ProcurementView & {
	/** Several currencies in the selection: shown in constant US$ whatever was asked. */
	forced: boolean;
};

/** Rows behind a mark, their count and amount sum (and for a derogation point, its base). */
export type DrillSum = DrillResult & { sum: number | null; base?: number | null };
export type ProcurementDrillData =
	({ kind: 'rows'; basis: AmountBasis } & DrillSum) | { kind: 'flagged'; rows: FlaggedRow[] };

/** What an engine's data offer, read when the view opens on it (drills need the basis). */
const scopes = new WeakMap<Engine, ProcurementScope>();

export async function openProcurement(engine: Engine) {
	await buildProcurement(engine);
	const scope = await queryAvailable(engine);
	scopes.set(engine, scope);
	const load = async (filters: ExploreFilters): Promise<ProcurementViewData> => {
		const { basis, forced } = amountBasis(filters, scope);
		return { ...(await queryProcurement(engine, filters, basis)), forced };
	};
	return { scope, load };
}

export async function loadProcurementDrill(
	engine: Engine,
	drill: ProcurementDrill,
	filters: ExploreFilters
): Promise<ProcurementDrillData> {
	const scope = scopes.get(engine) ?? (await queryAvailable(engine));
	const { basis } = amountBasis(filters, scope);
	const where = scopeWhere(filters);
	if (drill.kind === 'flagged')
		return {
			kind: 'flagged',
			rows: await queryFlagged(engine, where, drill.sort, basis, drill.page)
		};
	return { kind: 'rows', basis, ...(await queryDrill(engine, where, drill, basis)) };
}

/** The contracts behind a mark, newest first, with their count and amount sum. */
export async function queryDrill(
	engine: Engine,
	where: ReturnType<typeof scopeWhere>,
	drill: Exclude<ProcurementDrill, { kind: 'flagged' }>,
	basis: AmountBasis
): Promise<DrillSum> {
	const w = drillWhere(where, drill);
	const amount = basis === 'usd' ? 'amount_usd' : 'amount';
	const [totals, rows, base] = await Promise.all([
		engine.query<{ total: number; sum: number | null }>(
			`SELECT count(*)::INTEGER AS total, sum(${amount}) AS sum FROM proc_base ${w.sql}`,
			w.params
		),
		engine.query(
			`SELECT dataset_id, source_row, award_date, country, buyer, reference, title, method,
				derogation, supplier, ${amount} AS amount, unit
			FROM proc_base ${w.sql}
			ORDER BY award_date DESC, amount DESC, dataset_id, source_row LIMIT ${DRILL_LIMIT}`,
			w.params
		),
		// a derogation point is a share: the year's contracts of known regime are its base
		drill.kind === 'derog'
			? engine.query<{ base: number | null }>(
					`SELECT sum(${amount}) FILTER (WHERE derogation IS NOT NULL) AS base FROM proc_base
					${where.sql ? `${where.sql} AND` : 'WHERE'} year = ?`,
					[...where.params, drill.year]
				)
			: Promise.resolve([])
	]);
	return {
		rows,
		total: totals[0]?.total ?? 0,
		sum: totals[0]?.sum ?? null,
		...(drill.kind === 'derog' && { base: base[0]?.base ?? null })
	};
}
