/**
 * The dated events the trend charts mark on their time axis (`data/events.csv`, each row cited):
 * changes of regime, programming and finance laws, procurement rules, a budget kept secret —
 * what bears on military spending. Audit reports, hearings and audit institutions are the
 * oversight view's. Which events a chart shows is a choice kept in the URL (`events=`).
 */
import type { Engine } from '../db/engine.ts';
import { queryEvents, type EventKind } from '../governance/budgets-events.ts';
import type { Locale } from '../i18n/define-messages.ts';
import { G5, type G5Country } from './measures.ts';

export const TREND_EVENT_KINDS = [
	'coup',
	'transition',
	'programming_law',
	'finance_law',
	'procurement_rule',
	'budget_secrecy'
] as const satisfies readonly EventKind[];

/** What the five-country chart marks by default: the changes of regime, nothing more. */
export const REGIME_EVENT_KINDS: readonly EventKind[] = ['coup', 'transition'];

/** One event as a page carries it: the title in the page's language, the source beside it. */
export type TrendEvent = {
	country: G5Country;
	date: string;
	kind: EventKind;
	title: string;
	publisher: string;
	source_title: string;
	source_url: string;
};

/** The trend events of the five countries between two years, oldest first. */
export async function queryTrendEvents(
	engine: Engine,
	locale: Locale,
	from: number,
	to: number
): Promise<TrendEvent[]> {
	const rows = await queryEvents(engine, {
		countries: G5,
		from: String(from),
		to: String(to),
		kinds: TREND_EVENT_KINDS
	});
	return rows.map((r) => ({
		country: r.country as G5Country,
		date: r.date,
		kind: r.kind,
		title: locale === 'en' ? r.title_en : r.title_fr,
		publisher: r.publisher,
		source_title: r.source_title,
		source_url: r.source_url
	}));
}

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
