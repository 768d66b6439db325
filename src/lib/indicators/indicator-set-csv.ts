/**
 * The indicator set as CSV for spreadsheets (src/lib/export/csv.ts: UTF-8 BOM, `,` or `;`,
 * formula-like text neutralised): a header block of `# key: value` lines carrying the metadata,
 * then the columns of results-to-csv.ts. Lists in the header are space-separated so a line never
 * needs quoting for the usual separators; `input` repeats, one line per input:
 * `# input: <sha256> <options_sha256 or -> <name>`.
 */
import { toCsv, type Cell } from '../export/csv.ts';
import type { IndicatorResult } from './define-indicator.ts';
import type { IndicatorSet, IndicatorSetMeta } from './indicator-set.ts';
import { canonicalJson } from './fingerprint.ts';
import { RESULT_CSV_COLUMNS } from './results-to-csv.ts';

/** Where a reader finds how the fingerprint is computed. */
export const FINGERPRINT_RECIPE_REF = 'README.md#indicator-set and /methodologie/#indicator-set';

/** The metadata as `key: value` lines (without the `# ` the CSV writer adds). */
export function metaLines(meta: IndicatorSetMeta): string[] {
	const lines = [
		`format: ${meta.format}`,
		`methodology_version: ${meta.methodology_version}`,
		`app_version: ${meta.app_version}`,
		`generated: ${meta.generated}`,
		`countries: ${meta.countries.join(' ')}`,
		`from: ${meta.from ?? ''}`,
		`to: ${meta.to ?? ''}`,
		`fingerprint_sha256: ${meta.fingerprint.value}`,
		`fingerprint_recipe: ${FINGERPRINT_RECIPE_REF}`,
		...meta.fingerprint.inputs.map((i) => `input: ${i.sha256} ${i.options_sha256 ?? '-'} ${i.name}`)
	];
	if (meta.indicators) lines.push(`indicators: ${meta.indicators.join(' ')}`);
	if (meta.params) lines.push(`params: ${canonicalJson(meta.params)}`);
	return lines;
}

function resultRow(r: IndicatorResult): Cell[] {
	return [
		r.id,
		r.country,
		r.year,
		r.fromYear ?? null,
		r.measure ?? null,
		r.group?.by ?? null,
		r.group?.name ?? null,
		r.value,
		r.unit,
		r.score ?? null,
		r.scoredYears?.join(' ') ?? null,
		r.coverage?.n ?? null,
		r.coverage?.total ?? null
	];
}

export function indicatorSetToCsv(set: IndicatorSet, separator: ',' | ';' = ','): string {
	const rows: Cell[][] = [[...RESULT_CSV_COLUMNS], ...set.results.map(resultRow)];
	return toCsv(rows, { separator, header: metaLines(set.meta) });
}
