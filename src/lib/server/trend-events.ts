/**
 * The dated events the trend charts mark, read at build time from the governance tables
 * (`data/events.csv`): the kinds bearing on spending, the title in the page's language, the
 * source beside it. Prerendered pages carry them; no engine is needed to show them.
 */
import type { Engine } from '../db/engine.ts';
import { queryEvents, type EventKind } from '../governance/budgets-events.ts';
import type { Locale } from '../i18n/define-messages.ts';
import { TREND_EVENT_KINDS, type TrendEvent } from '../trends/chart-events.ts';
import { G5, type G5Country } from '../trends/measures.ts';

/** The trend kinds are kinds of the events table (a type error here if one is renamed). */
const KINDS: readonly EventKind[] = TREND_EVENT_KINDS;

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
		kinds: KINDS
	});
	return rows.map((r) => ({
		country: r.country as G5Country,
		date: r.date,
		kind: r.kind as TrendEvent['kind'],
		title: locale === 'en' ? r.title_en : r.title_fr,
		publisher: r.publisher,
		source_title: r.source_title,
		source_url: r.source_url
	}));
}
