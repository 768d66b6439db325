/**
 * The budget lines behind one mark of the credibility view, with their amounts in the view's
 * basis (`approved_b`, `revised_b`, `executed_b`) and their sums, which equal the mark's value:
 * same filters, same conversion factor, and for gap marks the same "both stages known" rule.
 */
import type { Engine } from '../db/engine.ts';
import { andWhere, drillRows, type DrillResult } from '../explore/drill-rows.ts';
import { filterWhere, type ExploreFilters } from '../explore/filters.ts';
import type { LinesDrill } from './credibility-drill.ts';
import factorsSql from './factors.sql?raw';

export type DrillSums = { approved: number; revised: number; executed: number };
export type DrillLines = DrillResult & { sums: DrillSums; complete: boolean };

/** Enough for any mark of this view on a national budget; the count says when it is not. */
export const CREDIBILITY_DRILL_LIMIT = 2000;

function drillWhere(filters: ExploreFilters, drill: LinesDrill) {
	let where = filterWhere(filters, {
		country: 'country',
		year: 'year',
		institution: 'institution',
		sector: 'sector',
		category: 'category'
	});
	// same scope as lines.sql: defence and security only
	where = andWhere(where, `country = ? AND sector IN ('defence', 'security')`, drill.country);
	if (drill.kind === 'year') where = andWhere(where, 'year = ?', drill.year);
	// the gap charts sum only lines with both stages known (stage-gaps.sql)
	else
		where = andWhere(
			where,
			`${drill.kind} = ? AND approved IS NOT NULL AND executed IS NOT NULL`,
			drill.item
		);
	if (filters.basis === 'local') return andWhere(where, 'currency = ?', drill.currency);
	return andWhere(
		where,
		`EXISTS (SELECT 1 FROM (${factorsSql}\n) f WHERE f.country = budget_lines.country AND f.year = budget_lines.year AND f.currency = budget_lines.currency)`
	);
}

async function factorMap(engine: Engine): Promise<Map<string, number>> {
	const rows = await engine.query<{
		country: string;
		year: number;
		currency: string;
		factor: number;
	}>(`SELECT * FROM (${factorsSql}\n)`);
	return new Map(rows.map((r) => [`${r.country}|${r.year}|${r.currency}`, r.factor]));
}

export async function queryDrillLines(
	engine: Engine,
	filters: ExploreFilters,
	drill: LinesDrill
): Promise<DrillLines> {
	const result = await drillRows(
		engine,
		'budget_lines',
		drillWhere(filters, drill),
		CREDIBILITY_DRILL_LIMIT
	);
	const factors = filters.basis === 'usd' ? await factorMap(engine) : null;
	const sums: DrillSums = { approved: 0, revised: 0, executed: 0 };
	const rows = result.rows.map((row) => {
		const k = factors ? (factors.get(`${row.country}|${row.year}|${row.currency}`) ?? 0) : 1;
		const out: Record<string, unknown> = { ...row };
		for (const stage of ['approved', 'revised', 'executed'] as const) {
			const v = row[stage];
			out[`${stage}_b`] = typeof v === 'number' ? v * k : null;
			if (typeof v === 'number') sums[stage] += v * k;
		}
		return out;
	});
	return { rows, total: result.total, sums, complete: rows.length === result.total };
}
