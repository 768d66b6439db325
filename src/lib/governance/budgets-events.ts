/**
 * Typed queries on the national budget figures and the dated events, each row with its source.
 * See `sql/budgets.sql` and `sql/events.sql`; lists go in comma-joined, empty = all.
 */
import type { Engine } from '../db/engine.ts';
import budgetsSql from './sql/budgets.sql?raw';
import eventsSql from './sql/events.sql?raw';

export type BudgetStage = 'voted' | 'revised' | 'executed' | 'programmed' | 'proposed';
export type BudgetScope =
	| 'defence_ministry'
	| 'security_ministry'
	| 'intelligence'
	| 'defence'
	| 'security'
	| 'defence_security'
	| 'state_budget'
	| 'military_programming';

export type BudgetFigure = {
	country: string;
	year: number;
	/** Last year of a multi-year figure (a programming law); null for one year. */
	year_end: number | null;
	stage: BudgetStage;
	scope: BudgetScope;
	measure: 'amount' | 'share_of_state_budget';
	/** In currency units for an amount (not millions), in percent (0–100) for a share. */
	value: number;
	unit: 'XOF' | 'XAF' | 'MRU' | 'USD' | 'percent';
	as_published: string;
	source_title: string;
	source_url: string;
	publisher: string;
	published: string;
	note: string;
};

export type EventKind =
	| 'coup'
	| 'transition'
	| 'programming_law'
	| 'procurement_rule'
	| 'audit_report'
	| 'audit_institution'
	| 'finance_law'
	| 'oversight_hearing'
	| 'budget_secrecy';

export type GovernanceEvent = {
	country: string;
	/** ISO `YYYY-MM-DD`. */
	date: string;
	kind: EventKind;
	title_fr: string;
	title_en: string;
	source_title: string;
	source_url: string;
	publisher: string;
	published: string;
	note: string;
};

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
