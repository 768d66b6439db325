/**
 * Typed queries on the national budget figures and the dated events, each row with its source.
 * See `sql/budgets.sql` and `sql/events.sql`; lists go in comma-joined, empty = all.
 */
import type { Engine } from '../db/engine.ts';
import budgetsSql from './sql/budgets.sql?raw';
import eventsSql from './sql/events.sql?raw';

export type {
	BudgetFigure,
	BudgetScope,
	BudgetStage,
	EventKind,
	GovernanceEvent
} from './vocabulary.ts';
import type { BudgetFigure, BudgetScope, EventKind, GovernanceEvent } from './vocabulary.ts';

/** Budget figures of `countries` (all when empty) whose years meet [from, to]. */
export function queryBudgets(
	engine: Engine,
	opts: {
		countries?: readonly string[];
		from: number;
		to: number;
		scopes?: readonly BudgetScope[];
		measure?: BudgetFigure['measure'];
	}
): Promise<BudgetFigure[]> {
	return engine.query<BudgetFigure>(budgetsSql, [
		(opts.countries ?? []).join(','),
		opts.from,
		opts.to,
		(opts.scopes ?? []).join(','),
		opts.measure ?? ''
	]);
}

/**
 * Events of `countries` between two dates, both included. A year alone is widened to the whole
 * year (`from: '2020'` → 2020-01-01, `to: '2023'` → 2023-12-31).
 */
export function queryEvents(
	engine: Engine,
	opts: { countries?: readonly string[]; from: string; to: string; kinds?: readonly EventKind[] }
): Promise<GovernanceEvent[]> {
	const from = /^\d{4}$/.test(opts.from) ? `${opts.from}-01-01` : opts.from;
	const to = /^\d{4}$/.test(opts.to) ? `${opts.to}-12-31` : opts.to;
	return engine.query<GovernanceEvent>(eventsSql, [
		(opts.countries ?? []).join(','),
		from,
		to,
		(opts.kinds ?? []).join(',')
	]);
}
