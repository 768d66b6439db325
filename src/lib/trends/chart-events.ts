/**
 * The dated events the trend charts mark on their time axis (`data/events.csv`, each row cited):
 * changes of regime, programming and finance laws, procurement rules, a budget kept secret —
 * what bears on military spending. Audit reports, hearings and audit institutions are the
 * oversight view's. Which events a chart shows is a choice kept in the URL (`events=`). Read from
 * the governance tables at build time by `server/trend-events.ts`.
 */
import { G5, type G5Country } from './measures.ts';

/** Kinds of `data/events.csv` that bear on spending (checked against the governance layer's
 * `EventKind` where they are queried, `server/trend-events.ts`). */
export const TREND_EVENT_KINDS = [
	'coup',
	'transition',
	'programming_law',
	'finance_law',
	'procurement_rule',
	'budget_secrecy'
] as const;
export type TrendEventKind = (typeof TREND_EVENT_KINDS)[number];

/** What the five-country chart marks by default: the changes of regime, nothing more. */
export const REGIME_EVENT_KINDS: readonly TrendEventKind[] = ['coup', 'transition'];

/** One event as a page carries it: the title in the page's language, the source beside it. */
export type TrendEvent = {
	country: G5Country;
	date: string;
	kind: TrendEventKind;
	title: string;
	publisher: string;
	source_title: string;
	source_url: string;
};

/**
 * Which events a chart marks: `off` none, `regime` the coups and transitions of every country
 * shown, or every trend event of one country (its ISO3 code).
 */
export type EventsChoice = 'regime' | 'off' | G5Country;

/** A URL value, if it is one of `allowed`; anything else is `undefined` (and reported). */
export function parseEventsChoice(
	raw: string | null,
	allowed: readonly EventsChoice[]
): EventsChoice | undefined {
	const value = raw?.trim().toUpperCase();
	const match = allowed.find((a) => a.toUpperCase() === value);
	return match;
}

/** Every choice the overview offers: the default first. */
export const OVERVIEW_EVENT_CHOICES: readonly EventsChoice[] = ['regime', ...G5, 'off'];

export function selectEvents(
	events: readonly TrendEvent[],
	choice: EventsChoice,
	range: { from: number; to: number }
): TrendEvent[] {
	if (choice === 'off') return [];
	const year = (e: TrendEvent) => Number(e.date.slice(0, 4));
	return events.filter(
		(e) =>
			year(e) >= range.from &&
			year(e) <= range.to &&
			(choice === 'regime' ? REGIME_EVENT_KINDS.includes(e.kind) : e.country === choice)
	);
}
