/**
 * The source rows behind a figure ("drill-down"): the same filters as the chart plus the clicked
 * mark's own condition, newest first, with the dataset and line they came from so a reader can
 * find them in the original file. Capped, with the full count, so a click on a big bar stays fast.
 */
import type { Engine } from '../db/engine.ts';

export type DrillTable = 'budget_lines' | 'contracts' | 'oversight_events';

export type DrillResult = { rows: Record<string, unknown>[]; total: number };

export const DRILL_LIMIT = 200;

const ORDER: Record<DrillTable, string> = {
	budget_lines: 'year DESC, country, institution, category, dataset_id, source_row',
	contracts: 'award_date DESC NULLS LAST, amount DESC, dataset_id, source_row',
	oversight_events: 'year_covered DESC, country, dataset_id, source_row'
};

/**
 * `where` is a clause built by `filterWhere` (and extended by the view with `AND …` on fixed
 * columns), `params` its bound values. Dates come back as text so both engines agree.
 */
export async function drillRows(
	engine: Engine,
	table: DrillTable,
	where: { sql: string; params: unknown[] },
	limit = DRILL_LIMIT
): Promise<DrillResult> {
	const [counted] = await engine.query<{ total: number }>(
		`SELECT count(*)::INTEGER AS total FROM ${table} ${where.sql}`,
		where.params
	);
	const dates =
		table === 'contracts'
			? `, strftime(award_date, '%Y-%m-%d') AS award_date`
			: table === 'oversight_events'
				? `, strftime(date_published, '%Y-%m-%d') AS date_published`
				: '';
	const exclude = dates
		? ` EXCLUDE (${table === 'contracts' ? 'award_date' : 'date_published'})`
		: '';
	const rows = await engine.query(
		`SELECT *${exclude}${dates} FROM ${table} ${where.sql} ORDER BY ${ORDER[table]} LIMIT ${Math.trunc(limit)}`,
		where.params
	);
	return { rows, total: counted?.total ?? 0 };
}

/** Adds one more condition to a `filterWhere` clause. */
export function andWhere(
	where: { sql: string; params: unknown[] },
	clause: string,
	...params: unknown[]
): { sql: string; params: unknown[] } {
	return {
		sql: where.sql ? `${where.sql} AND ${clause}` : `WHERE ${clause}`,
		params: [...where.params, ...params]
	};
}
