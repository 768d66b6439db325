/** The words of the line charts' controls and table, the same on every trend chart. */
import type { EventLabels } from '../../charts/events.ts';
import type { MessageKey, Params } from '../../i18n/index.ts';

type T = (key: MessageKey, params?: Params) => string;

/** A line chart's own words around its caption line `meta` (unit, source, date). */
export const lineLabels = (t: T, meta: string) => ({
	meta,
	colon: t('colon'),
	showData: t('show_data'),
	year: t('trends_year'),
	missing: t('missing_value'),
	cursorHint: t('trends_cursor_hint')
});

export const eventLabels = (t: T): EventLabels => ({
	heading: t('trends_events_heading'),
	number: t('trends_events_number'),
	date: t('trends_events_date'),
	group: t('trends_events_country'),
	event: t('trends_events_event'),
	source: t('trends_events_source'),
	csvEvents: t('trends_events_csv'),
	csvSources: t('trends_events_csv_sources')
});
