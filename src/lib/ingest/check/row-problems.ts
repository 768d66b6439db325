/**
 * Turns rows of the errors table (and the scan's malformed lines) into `Problem`s, adding what
 * the message needs to say what was expected: the example number, the date format, the field.
 */
import { FIELD_SPECS } from '../fields/field-specs.ts';
import type { Problem, ProblemCode } from '../report/problems.ts';
import type { ScannedRecords } from '../scan/scan-records.ts';
import type { Sniff } from '../sniff/sniff-file.ts';
import { numberLimit, type DateFormat, type NumberFormat } from './sql-cells.ts';

export interface ErrorRow {
	row: number;
	col: number | null;
	value: string | null;
	code: ProblemCode;
	ref: number | null;
	source: string | null;
}

export const NUMBER_EXAMPLES: Record<NumberFormat, string> = {
	space_comma: '1 234 567,50',
	dot_comma: '1.234.567,50',
	comma_dot: '1,234,567.50'
};

export const DATE_EXAMPLES: Record<DateFormat, string> = { dmy: '31/12/2024', ymd: '2024-12-31' };

/** Problems of the errors table plus the malformed lines, sorted by file row. */
export function rowProblems(
	rows: ErrorRow[],
	sniff: Sniff,
	malformed: ScannedRecords['malformed'],
	fieldCount: number
): Problem[] {
	const problems: Problem[] = rows.map((r) => {
		const field = r.source ? fieldName(r.source) : '';
		return {
			row: r.row,
			column: r.col === null ? null : (sniff.headers[r.col] ?? null),
			value: r.value,
			code: r.code,
			params: problemParams(r, field, sniff)
		};
	});
	for (const m of malformed)
		problems.push({
			row: m.line,
			column: null,
			value: m.text,
			code: 'wrong_field_count',
			params: { expected: fieldCount, found: m.fields }
		});
	return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** `e_award_date` → `award_date`; the cross-field checks name what they stand for. */
function fieldName(error: string): string {
	if (error === 'e_currency_final') return 'currency';
	if (error === 'e_stages') return 'stages';
	if (error === 'e_tender_period') return 'tender_end';
	return error.replace(/^e_/, '');
}

function problemParams(r: ErrorRow, field: string, sniff: Sniff): Problem['params'] {
	const params: Problem['params'] = field ? { field } : {};
	if (r.code === 'not_a_number') params.example = NUMBER_EXAMPLES[sniff.numberFormat.value];
	if (r.code === 'invalid_date') params.example = DATE_EXAMPLES[sniff.dateFormat.value];
	if (r.code === 'out_of_range') params.limit = numberLimit(specOf(sniff, field)?.type);
	if (r.code === 'impossible_year') Object.assign(params, { min: 1960, max: 2100 });
	if (r.code === 'duplicate_row' && r.ref !== null) params.first = r.ref;
	if (r.code === 'unknown_code') {
		const spec = specOf(sniff, field);
		params.list = spec?.codes ?? spec?.type ?? field;
	}
	return params;
}

function specOf(sniff: Sniff, field: string) {
	return FIELD_SPECS[sniff.mapping.kind].find((s) => s.name === field);
}
