/**
 * Per-field SQL: the value expression `v_<field>` and the error expression `e_<field>` (an error
 * code or NULL) for one mapped column, according to the field's type.
 */
import type { FieldSpec } from './field-specs.ts';
import {
	codeValue,
	countryValue,
	currencyValue,
	dateValue,
	derogationValue,
	flagValue,
	isFormula,
	numberDecimal,
	numberValue,
	yearValue,
	type DateFormat,
	type NumberFormat
} from './sql-cells.ts';

export interface CellFormat {
	numberFormat: NumberFormat;
	dateFormat: DateFormat;
}

export interface FieldSql {
	/** Value expression; for a looked-up field, `l_<field>.v`. */
	value: string;
	/**
	 * Low-cardinality fields (codes, countries, currencies, flags) are matched once per distinct
	 * cell in a look-up table: `v` (and `d`, derogation words) are expressions over `key`.
	 */
	lookup?: { v: string; d?: string };
	/** Error code expression (may refer to `v_<field>`), or null when no value is wrong. */
	error: string | null;
}

/** SQL for field `spec` read from trimmed cell `t` (NULL when blank), scaled by `scale`. */
export function fieldSql(spec: FieldSpec, t: string, scale: number, format: CellFormat): FieldSql {
	const v = `v_${spec.name}`;
	const missing = spec.required
		? `WHEN ${t} IS NULL THEN 'missing_required'`
		: `WHEN ${t} IS NULL THEN NULL`;
	const bad = (code: string) => `CASE ${missing} WHEN ${v} IS NULL THEN '${code}' END`;
	switch (spec.type) {
		case 'text':
			return { value: t, error: spec.required ? `CASE ${missing} END` : null };
		case 'year':
			return { value: yearValue(t), error: bad('impossible_year') };
		case 'date':
			return { value: dateValue(t, format.dateFormat), error: bad('invalid_date') };
		case 'country':
			return lookup(spec, countryValue('key'), bad('unknown_country'));
		case 'currency':
			return lookup(spec, currencyValue('key'), bad('unknown_code'));
		case 'flag':
			// A derogation column is often free text describing the procedure (OCDS
			// procurementMethodDetails): only derogation words count, anything else means "no".
			if (spec.name === 'derogation')
				return lookup(spec, `coalesce(${flagValue('key')}, false)`, null);
			return lookup(spec, flagValue('key'), bad('unknown_code'));
		case 'code':
			return codeSql(spec, missing);
		case 'amount':
		case 'count':
			return numberSql(spec, t, scale, format, missing);
	}
}

function numberSql(
	spec: FieldSpec,
	t: string,
	scale: number,
	format: CellFormat,
	missing: string
): FieldSql {
	const v = `v_${spec.name}`;
	const parsed = numberValue(t, format.numberFormat);
	const value =
		spec.type === 'count'
			? `CASE WHEN ${parsed} = round(${parsed}) THEN CAST(${parsed} AS INTEGER) END`
			: numberDecimal(t, format.numberFormat, scale);
	const error = `CASE ${missing} WHEN ${isFormula(t)} THEN 'formula_like' WHEN ${v} IS NULL THEN 'not_a_number' WHEN ${v} < 0 THEN 'negative_amount' END`;
	return { value, error };
}

function lookup(spec: FieldSpec, v: string, error: string | null): FieldSql {
	return { value: `l_${spec.name}.v`, error, lookup: { v } };
}

function codeSql(spec: FieldSpec, missing: string): FieldSql {
	const v = `v_${spec.name}`;
	const found = lookup(spec, codeValue('key', spec.codes!), null);
	if (spec.name !== 'method')
		return { ...found, error: `CASE ${missing} WHEN ${v} IS NULL THEN 'unknown_code' END` };
	// A method cell that only names the derogatory regime ("Marché spécial") is understood:
	// the regime is recorded and the method stays unknown.
	return {
		...found,
		lookup: { v: found.lookup!.v, d: derogationValue('key') },
		error: `CASE ${missing} WHEN ${v} IS NULL AND NOT d_method THEN 'unknown_code' END`
	};
}
