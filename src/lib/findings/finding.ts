/**
 * Key findings are data, not prose typed per page: each is a typed record of numbers, period and
 * place, built from indicator results by one module per view (`oversight-findings.ts`…), and
 * turned into a sentence by `finding-text.ts` from one i18n template per finding type, in French
 * and English. A finding computed on demonstration data says so in its own sentence.
 */
import type { DataKind } from '../ingest/fields/field-specs.ts';

export type FindingView = 'oversight' | 'credibility' | 'procurement' | 'indicators' | 'country';

/** A published source a finding quotes: who published it, what, where to read it. */
export type Citation = { publisher: string; title: string; url: string };

/** Numbers as computed (fractions, days, counts); text only for codes (country, document). */
export type FindingParams = Record<string, number | string>;

export type Finding = {
	/** Stable on its page: `oversight-derogation`. */
	id: string;
	view: FindingView;
	/** Which sentence template: `findings_<type>` (with its variant, e.g. `_one`). */
	type: string;
	params: FindingParams;
	/**
	 * What it is computed from: indicator ids and the kinds of data they read, and for a real
	 * published figure (a PEFA score, a finance law, SIPRI) its publisher and document.
	 */
	source: { indicators: string[]; kinds: DataKind[]; cited?: Citation[] };
	/** Element id of the chart (or section) that shows it on the page. */
	anchor: string;
	/** Computed (in part) on the fictitious demonstration data. */
	isDemo: boolean;
};

/** The finding's demo flag from the kinds shown from the demonstration data. */
export const isDemoOf = (kinds: readonly DataKind[], demoKinds: readonly DataKind[]) =>
	kinds.some((k) => demoKinds.includes(k));

type Row = { country: string; year: number; value: number | null };

/** Rows with a value, of the latest year that has any. */
export function latestRows<R extends Row>(rows: readonly R[]): R[] {
	const valued = rows.filter((r) => r.value !== null);
	const year = Math.max(...valued.map((r) => r.year));
	return valued.filter((r) => r.year === year);
}

/** The row with the largest (`'max'`) or smallest value; ties go to the first country A–Z. */
export function extremeRow<R extends Row>(rows: readonly R[], which: 'max' | 'min'): R | undefined {
	const sign = which === 'max' ? 1 : -1;
	return [...rows]
		.filter((r) => r.value !== null)
		.sort((a, b) => sign * (b.value! - a.value!) || a.country.localeCompare(b.country))[0];
}
