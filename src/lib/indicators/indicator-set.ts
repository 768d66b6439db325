/**
 * The indicator set: every indicator result for the chosen countries and years, with what a
 * reader needs to check it later (methodology and app versions, dataset fingerprint, generation
 * date, selection). One builder shared by the browser download and `vigie indicators`, so both
 * write the same set. Serialised by indicator-set-json.ts and indicator-set-csv.ts.
 */
import type { IndicatorResult } from './define-indicator.ts';
import type { Fingerprint } from './fingerprint.ts';
import { APP_VERSION, METHODOLOGY_VERSION } from './methodology-version.ts';

/** Countries and years kept; `null` bounds mean "no bound". */
export interface IndicatorSelection {
	countries: readonly string[] | null;
	from: number | null;
	to: number | null;
}

export interface IndicatorSetMeta {
	format: 'vigie-indicator-set';
	methodology_version: string;
	app_version: string;
	/** ISO 8601 date-time (UTC) of generation. */
	generated: string;
	/** Sorted ISO alpha-3 codes (or region codes) kept. */
	countries: string[];
	from: number | null;
	to: number | null;
	fingerprint: Fingerprint;
	/** Present only when the set was limited to some indicators (CLI `--id`). */
	indicators?: string[];
	/** Present only when parameters were overridden (CLI `--param`). */
	params?: Record<string, Record<string, number | null>>;
}

export interface IndicatorSet {
	meta: IndicatorSetMeta;
	results: IndicatorResult[];
}

/** The distinct countries and the year span of some results (the default selection). */
export function selectionDomain(results: readonly IndicatorResult[]): {
	countries: string[];
	from: number | null;
	to: number | null;
} {
	const years = results.map((r) => r.year);
	return {
		countries: [...new Set(results.map((r) => r.country))].sort(),
		from: years.length ? Math.min(...years) : null,
		to: years.length ? Math.max(...years) : null
	};
}

/** Results in the selection. A two-year comparison is kept by its last year (`year`). */
export function selectResults(
	results: readonly IndicatorResult[],
	selection: IndicatorSelection
): IndicatorResult[] {
	const { countries, from, to } = selection;
	return results.filter(
		(r) =>
			(!countries || countries.includes(r.country)) &&
			(from === null || r.year >= from) &&
			(to === null || r.year <= to)
	);
}

/**
 * Builds the set from all computed results: the selection's unset parts default to what the
 * results cover, so "everything" is written out as explicit countries and years.
 */
export function buildIndicatorSet(
	results: readonly IndicatorResult[],
	selection: IndicatorSelection,
	fingerprint: Fingerprint,
	extra: Pick<IndicatorSetMeta, 'indicators' | 'params'> = {},
	generated = new Date()
): IndicatorSet {
	const domain = selectionDomain(results);
	const meta: IndicatorSetMeta = {
		format: 'vigie-indicator-set',
		methodology_version: METHODOLOGY_VERSION,
		app_version: APP_VERSION,
		generated: generated.toISOString(),
		countries: selection.countries ? [...new Set(selection.countries)].sort() : domain.countries,
		from: selection.from ?? domain.from,
		to: selection.to ?? domain.to,
		fingerprint,
		...extra
	};
	return { meta, results: selectResults(results, selection) };
}
