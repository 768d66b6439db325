/**
 * The publication grid (country × fiscal year × key document) from the indicators'
 * rows: `key-documents-published` says whether a document is listed, `publication-lag` gives
 * its lag in days and whether it met the PEFA PI-9 deadline, and the first publication date
 * of the other documents comes from the records themselves. Pure, for testing.
 */
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { KEY_DOCUMENTS } from './oversight-drill.ts';
import type { PublicationDate } from './oversight-tables.ts';

/** on_time / late: against PI-9's deadline; published: listed, no deadline computed. */
export type PublicationStatus = 'on_time' | 'late' | 'published' | 'missing';

export type GridCell = {
	status: PublicationStatus;
	/** Days from fiscal-year end to first publication (publication-lag), when computed. */
	lagDays: number | null;
	/** The same in months of 365.25 ÷ 12 days, one decimal. */
	lagMonths: number | null;
	/** First publication date (YYYY-MM-DD), when a record gives one. */
	date: string | null;
	records: number;
};

export type PublicationGrid = {
	countries: string[];
	years: number[];
	documents: readonly string[];
	/** Keyed by `gridKey`; a country-year absent from the oversight data has no cells. */
	cells: Map<string, GridCell>;
};

export const gridKey = (country: string, year: number, document: string) =>
	`${country}|${year}|${document}`;

const MONTH_DAYS = 365.25 / 12;
export const lagMonths = (days: number) => Math.round((days / MONTH_DAYS) * 10) / 10;

export function buildPublicationGrid(
	documents: IndicatorResult[],
	lags: IndicatorResult[],
	dates: PublicationDate[]
): PublicationGrid {
	const key = (r: { country: string; year: number }, doc: string) =>
		gridKey(r.country, r.year, doc);
	const lagOf = new Map(lags.map((r) => [key(r, r.group?.name ?? ''), r]));
	const dateOf = new Map(dates.map((d) => [key(d, d.document), d]));
	const cells = new Map<string, GridCell>();
	for (const r of documents) {
		const doc = r.group?.name ?? '';
		const lag = lagOf.get(key(r, doc));
		const date = dateOf.get(key(r, doc));
		const listed = r.value === 1;
		const status: PublicationStatus = !listed
			? 'missing'
			: lag?.score === 'late' || lag?.score === 'on_time'
				? lag.score
				: 'published';
		const lagDays = listed && lag ? lag.value : null;
		cells.set(key(r, doc), {
			status,
			lagDays,
			lagMonths: lagDays === null ? null : lagMonths(lagDays),
			date: listed ? (date?.firstPublished ?? null) : null,
			records: listed ? (date?.records ?? 0) : 0
		});
	}
	const countries = [...new Set(documents.map((r) => r.country))].sort();
	const years = [...new Set(documents.map((r) => r.year))].sort((a, b) => a - b);
	return { countries, years, documents: KEY_DOCUMENTS, cells };
}
