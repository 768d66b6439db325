/**
 * Indicator results as CSV (one row per result, every field flat), for the CLI's `--csv`
 * and for downloads. Numbers are written with a dot and full precision, never localised,
 * so spreadsheets and scripts read them back exactly. `score_years` lists the years a
 * multi-year score was decided on, space-separated (`2019 2020 2021`).
 */
import type { IndicatorResult } from './define-indicator.ts';

export const RESULT_CSV_COLUMNS = [
	'id',
	'country',
	'year',
	'from_year',
	'measure',
	'group_by',
	'group_name',
	'value',
	'unit',
	'score',
	'score_years',
	'coverage_n',
	'coverage_total'
] as const;

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function resultsToCsv(results: readonly IndicatorResult[]): string {
	const lines = results.map((r) =>
		[
			r.id,
			r.country,
			r.year,
			r.fromYear,
			r.measure,
			r.group?.by,
			r.group?.name,
			r.value,
			r.unit,
			r.score,
			r.scoredYears?.join(' '),
			r.coverage?.n,
			r.coverage?.total
		]
			.map(field)
			.join(',')
	);
	return [RESULT_CSV_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
