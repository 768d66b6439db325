/**
 * The code lists of the national budget figures and dated events (`data/national-budgets.csv`,
 * `data/events.csv`): the converter (`scripts/data/read-cited.ts`) checks each row against them,
 * and the app's types are derived from them, so the two cannot drift. Pure data.
 */

/** Budget stages: the law as voted, as amended, the spending executed, a programming law, a bill. */
export const STAGES = ['voted', 'revised', 'executed', 'programmed', 'proposed'] as const;
/** What a figure covers, as the source names it (see the manifest's notes). */
export const SCOPES = [
	'defence_ministry',
	'security_ministry',
	'intelligence',
	'defence',
	'security',
	'defence_security',
	'state_budget',
	'military_programming'
] as const;
export const MEASURES = ['amount', 'share_of_state_budget'] as const;
export const UNITS = ['XOF', 'XAF', 'MRU', 'USD', 'percent'] as const;
export const EVENT_KINDS = [
	'coup',
	'transition',
	'programming_law',
	'procurement_rule',
	'audit_report',
	'audit_institution',
	'finance_law',
	'oversight_hearing',
	'budget_secrecy'
] as const;

export type BudgetStage = (typeof STAGES)[number];
export type BudgetScope = (typeof SCOPES)[number];
export type BudgetMeasure = (typeof MEASURES)[number];
export type BudgetUnit = (typeof UNITS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];

/** One row of `data/national-budgets.csv`, typed. */
export type BudgetFigure = {
	country: string;
	year: number;
	/** Last year of a multi-year figure (a programming law); null for one year. */
	year_end: number | null;
	stage: BudgetStage;
	scope: BudgetScope;
	measure: BudgetMeasure;
	/** In currency units for an amount (not millions), in percent (0–100) for a share. */
	value: number;
	unit: BudgetUnit;
	as_published: string;
	source_title: string;
	source_url: string;
	publisher: string;
	published: string;
	note: string;
};

/** One row of `data/events.csv`, typed. */
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
