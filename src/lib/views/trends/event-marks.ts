/**
 * The trend events a chart marks, as the chart kit takes them (`ChartEvent`): only those of the
 * chart's countries and years, numbered in date order, dated in words, coloured like their
 * country's line, and named by country when the chart marks more than one country's events.
 */
import { yearPosition, type ChartEvent } from '../../charts/events.ts';
import { countryColour } from '../../charts/palette.ts';
import { formatDate } from '../../format/number.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import type { TrendEvent } from '../../trends/chart-events.ts';

export function chartEvents(
	events: readonly TrendEvent[],
	opts: {
		countries: readonly string[];
		from: number;
		to: number;
		locale: Locale;
		countryName: (iso3: string) => string;
	}
): ChartEvent[] {
	const shown = events.filter((e) => {
		const year = Number(e.date.slice(0, 4));
		return opts.countries.includes(e.country) && year >= opts.from && year <= opts.to;
	});
	const named = new Set(shown.map((e) => e.country)).size > 1;
	return [...shown]
		.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country))
		.map((e, i) => {
			const { line, text } = countryColour(e.country);
			return {
				key: `${e.country}-${e.date}-${i}`,
				date: e.date,
				x: yearPosition(e.date),
				label: String(i + 1),
				dateText: formatDate(e.date, opts.locale),
				title: e.title,
				group: named ? opts.countryName(e.country) : undefined,
				source: `${e.publisher} — ${e.source_title}`,
				url: e.source_url,
				colour: line,
				textColour: text
			};
		});
}

/** Lines written under an exported figure, one per event, cut to stay within the figure. */
export function eventExportLines(
	events: readonly ChartEvent[],
	line: (e: ChartEvent) => string,
	maxChars = 120
): string[] {
	return events.map((e) => {
		const text = line(e);
		return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
	});
}
