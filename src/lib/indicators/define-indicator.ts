/**
 * The shape every indicator module declares. An indicator is data (id, SQL, unit, bands,
 * source, explanations), so the methodology page, the CLI and the views read one definition
 * and can never drift apart. See `index.ts` for the registry.
 */
import type { Band } from './score-bands.ts';

/** The stable families the methodology page groups indicators by. */
export type IndicatorFamily =
	| 'budget-credibility'
	| 'spending-burden'
	| 'procurement'
	| 'secrecy'
	| 'oversight'
	| 'accountability';

/** `ratio`/`share` are fractions (0.875, not 87.5); views format them as percentages. */
export type IndicatorUnit =
	'ratio' | 'share' | 'growth' | 'days' | 'count' | 'hhi' | 'usd' | 'boolean';

export type IndicatorDirection =
	'higher-is-better' | 'lower-is-better' | 'closer-to-one-is-better' | 'neutral';

/** Tables an indicator reads; it is skipped when one is absent. `milex` = SIPRI default data. */
export type IndicatorTable = 'budget_lines' | 'contracts' | 'oversight_events' | 'milex';

/** A value bound to one `?` of the SQL; `params` order = placeholder order. */
export interface IndicatorParam {
	name: string;
	default: number | null;
	unit: IndicatorUnit | 'year' | 'amount';
}

/** One computed value, the same shape for every indicator (browser, CLI, exports). */
export interface IndicatorResult {
	id: string;
	country: string;
	year: number;
	value: number | null;
	unit: IndicatorUnit;
	/** Band or PEFA-style letter, when the framework defines one and the data decide it. */
	score?: string;
	/** Records the value could be computed on (`n`) out of the records in scope (`total`). */
	coverage?: { n: number; total: number };
	/** Breakdown: `{ by: 'institution' | 'category' | 'buyer' | 'document', name }`. */
	group?: { by: string; name: string };
	/** Variant of the indicator (basis, classification, part of a matrix…). */
	measure?: string;
	/** First year of a two-year comparison (CAGR); `year` is the last. */
	fromYear?: number;
	/** The years a multi-year score was decided on (PEFA PI-1/PI-2: year−2, year−1, year);
	 * present only with such a score. `value` is still the value of `year` alone. */
	scoredYears?: number[];
}

export interface IndicatorDefinition {
	/** Stable kebab-case id: URLs, message keys, exports, tests. */
	id: string;
	family: IndicatorFamily;
	/** Returns country, year, value and optionally coverage_n, coverage_total, group_by,
	 * group_name, measure, score, from_year. */
	sql: string;
	tables: IndicatorTable[];
	unit: IndicatorUnit;
	/** Units of measures that differ from `unit`. */
	measureUnits?: Record<string, IndicatorUnit>;
	direction: IndicatorDirection;
	/** Bands, first match wins. Scored per row (only `bandMeasure` rows when set) unless
	 * `score` is given, in which case they document the multi-year scorer's bands. */
	bands?: Band[];
	bandMeasure?: string;
	/** Multi-year scoring (PEFA "two of the last three years"), applied after the query. */
	score?: (rows: IndicatorResult[]) => IndicatorResult[];
	source: { framework: string; indicator: string; edition: string; url?: string };
	about: { fr: string; en: string };
	params?: IndicatorParam[];
}

/** Declares an indicator; checks the invariants the registry relies on. */
export function defineIndicator(definition: IndicatorDefinition): IndicatorDefinition {
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.id)) {
		throw new Error(`Indicator id must be kebab-case: ${definition.id}`);
	}
	const placeholders = (definition.sql.replace(/--.*$/gm, '').match(/\?/g) ?? []).length;
	if (placeholders !== (definition.params ?? []).length) {
		throw new Error(
			`${definition.id}: ${placeholders} placeholders for ${definition.params?.length ?? 0} params`
		);
	}
	return definition;
}
