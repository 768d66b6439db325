/**
 * Drill-down of the procurement view: which mark was opened (`drill=` in the URL, checked here
 * against fixed patterns, anything else ignored) and the contracts behind it, with their sum in
 * the amount basis shown so the reader can check it equals the mark.
 */
import type { Engine } from '../db/engine.ts';
import { andWhere, DRILL_LIMIT, type DrillResult } from '../explore/drill-rows.ts';
import { METHOD_ORDER } from './method-categories.ts';
import { FLAG_IDS, type FlagId } from './overview.ts';
import type { AmountBasis, Where } from './procurement-queries.ts';

export type Drill =
	| { kind: 'bar'; year: number; method: string }
	| { kind: 'flag'; flag: FlagId }
	| { kind: 'supplier'; name: string };

/** Normalised supplier names are lower-case letters, digits and single spaces. */
const SUPPLIER = /^[a-z0-9]+( [a-z0-9]+)*$/;

/** The drill named by a `drill=` value, or null when it is not one this view makes. */
export function parseDrill(raw: string | null): Drill | null {
	if (!raw || raw.length > 130) return null;
	const bar = /^bar:(\d{4}):([a-z]+)$/.exec(raw);
	if (bar && (METHOD_ORDER as readonly string[]).includes(bar[2]!))
		return { kind: 'bar', year: Number(bar[1]), method: bar[2]! };
	const flag = /^flag:([a-z]+)$/.exec(raw);
	if (flag && (FLAG_IDS as readonly string[]).includes(flag[1]!))
		return { kind: 'flag', flag: flag[1] as FlagId };
	const supplier = /^supplier:(.+)$/.exec(raw);
	if (supplier && SUPPLIER.test(supplier[1]!)) return { kind: 'supplier', name: supplier[1]! };
	return null;
}

/** The `drill=` value for a drill. */
export function drillParam(drill: Drill): string {
	if (drill.kind === 'bar') return `bar:${drill.year}:${drill.method}`;
	return drill.kind === 'flag' ? `flag:${drill.flag}` : `supplier:${drill.name}`;
}

/** The selection narrowed to the contracts behind the mark (columns of proc_base). */
export function drillWhere(where: Where, drill: Drill): Where {
	if (drill.kind === 'bar')
		return andWhere(andWhere(where, 'year = ?', drill.year), 'method = ?', drill.method);
	if (drill.kind === 'supplier') return andWhere(where, 'supplier_norm = ?', drill.name);
	// the flag column name comes from the closed list FLAG_IDS, never from the URL text
	return andWhere(where, `f_${FLAG_IDS.find((f) => f === drill.flag)}`);
}

export type DrillSum = DrillResult & { sum: number | null };

/** The contracts behind the mark, newest first, with their count and amount sum. */
export async function queryDrill(
	engine: Engine,
	where: Where,
	drill: Drill,
	basis: AmountBasis
): Promise<DrillSum> {
	const w = drillWhere(where, drill);
	const amount = basis === 'usd' ? 'amount_usd' : 'amount';
	const [totals, rows] = await Promise.all([
		engine.query<{ total: number; sum: number | null }>(
			`SELECT count(*)::INTEGER AS total, sum(${amount}) AS sum FROM proc_base ${w.sql}`,
			w.params
		),
		engine.query(
			`SELECT dataset_id, source_row, award_date, country, buyer, reference, title, method,
				supplier, ${amount} AS amount, unit
			FROM proc_base ${w.sql}
			ORDER BY award_date DESC, amount DESC, dataset_id, source_row LIMIT ${DRILL_LIMIT}`,
			w.params
		)
	]);
	return { rows, total: totals[0]?.total ?? 0, sum: totals[0]?.sum ?? null };
}
