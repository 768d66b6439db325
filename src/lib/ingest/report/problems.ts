/**
 * Problems found while importing, as data (never thrown), so the page can list them, the CLI can
 * print them and the rejected rows can be exported with their reason.
 */
export const ROW_ERROR_CODES = [
	'unknown_country',
	'not_a_number',
	'negative_amount',
	'out_of_range',
	'impossible_year',
	'missing_required',
	'wrong_field_count',
	'formula_like',
	'invalid_date',
	'unknown_code',
	'duplicate_row',
	'period_end_before_start'
] as const;

/** Problems with the whole file: nothing is imported. */
export const FILE_ERROR_CODES = [
	'unsupported_encoding',
	'missing_column',
	'unreadable_file',
	'unsupported_format',
	'empty_file',
	'unknown_country_option',
	// Workbooks (source/workbook/)
	'not_a_workbook',
	'workbook_too_large',
	'workbook_encrypted',
	'workbook_unreadable',
	'too_many_cells',
	'too_many_columns',
	'sheet_not_found',
	// OCDS (`source/ocds/`): not JSON, JSON but not OCDS, a record Vigie cannot read, a process twice
	'invalid_json',
	'truncated_json',
	'json_too_deep',
	'not_ocds',
	'no_compiled_release'
] as const;

export type ProblemCode = (typeof ROW_ERROR_CODES)[number] | (typeof FILE_ERROR_CODES)[number];

export interface Problem {
	/** Row in the file (header = 1); null for a file-level problem. */
	row: number | null;
	/** Column header as written in the file, when the problem is in one cell. */
	column: string | null;
	/** The value as written. */
	value: string | null;
	code: ProblemCode;
	/** Message parameters: expected format, first row of a duplicate, field name… */
	params: Record<string, string | number>;
	/**
	 * Where the row comes from in the original when the file was converted first (a workbook's
	 * sheet, an OCDS release and award): "release 3 (ocds-213czf-1), award 2".
	 */
	origin?: string;
}

/** A problem with the whole file (no row, column or value). */
export function fileProblem(code: ProblemCode, params: Problem['params'] = {}): Problem {
	return { row: null, column: null, value: null, code, params };
}
