/**
 * Reads an indicator-set CSV back (indicator-set-csv.ts): the check a reader of a published
 * scorecard runs, and what the tests use to prove the CSV carries the same set as the JSON.
 * Cells neutralised on export (`'=…`) are given back as written: the apostrophe is not
 * removed, since a spreadsheet would show it too.
 */
import Papa from 'papaparse';
import type { IndicatorResult, IndicatorUnit } from './define-indicator.ts';
import type { IndicatorSetMeta } from './indicator-set.ts';
import type { InputHash } from './fingerprint.ts';

const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

function readMeta(lines: string[]): IndicatorSetMeta {
	const get = (key: string) =>
		lines.filter((l) => l.startsWith(`${key}: `)).map((l) => l.slice(key.length + 2));
	const one = (key: string) => get(key)[0] ?? '';
	const inputs: InputHash[] = get('input').map((line) => {
		const [sha256 = '', options = '-', ...name] = line.split(' ');
		return { name: name.join(' '), sha256, ...(options !== '-' && { options_sha256: options }) };
	});
	const meta: IndicatorSetMeta = {
		format: one('format') as IndicatorSetMeta['format'],
		methodology_version: one('methodology_version'),
		app_version: one('app_version'),
		generated: one('generated'),
		countries: one('countries').split(' ').filter(Boolean),
		from: num(one('from')),
		to: num(one('to')),
		fingerprint: { algorithm: 'sha256', value: one('fingerprint_sha256'), inputs }
	};
	if (get('indicators').length) meta.indicators = one('indicators').split(' ');
	if (get('params').length) meta.params = JSON.parse(one('params'));
	return meta;
}

function readResult(cells: Record<string, string>): IndicatorResult {
	const r: IndicatorResult = {
		id: cells.id!,
		country: cells.country!,
		year: Number(cells.year),
		value: num(cells.value),
		unit: cells.unit as IndicatorUnit
	};
	if (cells.from_year) r.fromYear = Number(cells.from_year);
	if (cells.measure) r.measure = cells.measure;
	if (cells.group_by) r.group = { by: cells.group_by, name: cells.group_name ?? '' };
	if (cells.score) r.score = cells.score;
	// absent from sets written before methodology 2.0.0, which had no `score_years` column
	if (cells.score_years) r.scoredYears = cells.score_years.split(' ').map(Number);
	if (cells.coverage_total)
		r.coverage = { n: Number(cells.coverage_n), total: Number(cells.coverage_total) };
	return r;
}

/** The set a CSV holds; throws when it has no indicator-set header block. */
export function readIndicatorSetCsv(text: string): {
	meta: IndicatorSetMeta;
	results: IndicatorResult[];
} {
	const body = text.replace(/^\uFEFF/, '');
	const columnLine = body.split(/\r?\n/).find((l) => !/^"?# /.test(l)) ?? '';
	const delimiter = columnLine.startsWith('id;') ? ';' : ',';
	const { data } = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: true });
	const comments = data.filter((row) => row.length === 1 && row[0]!.startsWith('# '));
	if (!comments.some((row) => row[0] === '# format: vigie-indicator-set'))
		throw new Error('not a Vigie indicator set: no "# format: vigie-indicator-set" line');
	const [columns = [], ...rows] = data.slice(comments.length);
	const results = rows.map((row) =>
		readResult(Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ''])))
	);
	return { meta: readMeta(comments.map((row) => row[0]!.slice(2))), results };
}
