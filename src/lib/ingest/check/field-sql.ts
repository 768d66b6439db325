/**
 * Per-field SQL: the value expression `v_<field>` and the error expression `e_<field>` (an error
 * code or NULL) for one mapped column, according to the field's type.
 */
import type { FieldSpec } from '../fields/field-specs.ts';
import {
	codeValue,
	countryValue,
	currencyValue,
	dateFromParse,
	dateParse,
	derogationValue,
	flagValue,
	isFormula,
	numberFromParse,
	numberLimit,
	numberParse,
	yearValue,
	type DateFormat,
	type NumberFormat
} from './sql-cells.ts';

export interface CellFormat {
	numberFormat: NumberFormat;
	dateFormat: DateFormat;
}

export interface FieldSql {
	/** First step of the value, computed once per cell as `p_<field>` (a parse). */
	parse?: string;
	/** Number before the integer check, `n_<field>` (may refer to `p_<field>`). */
	number?: string;
	/** Value expression (may refer to `p_`/`n_<field>`); for a looked-up field, `k_<field>_v`. */
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
	const missing = !spec.required
		? `WHEN ${t} IS NULL THEN NULL`
		: spec.awardsOnly
			? // `f_stage` is computed before the errors (derived-sql.ts); only award rows need it
				`WHEN ${t} IS NULL AND f_stage = 'award' THEN 'missing_required' WHEN ${t} IS NULL THEN NULL`
			: `WHEN ${t} IS NULL THEN 'missing_required'`;
	const bad = (code: string) => `CASE ${missing} WHEN ${v} IS NULL THEN '${code}' END`;
	const key = lookupKey(spec.name);
	switch (spec.type) {
		case 'text':
			return { value: t, error: spec.required ? `CASE ${missing} END` : null };
		case 'year':
			return { value: yearValue(t), error: bad('impossible_year') };
		case 'date':
			return {
				parse: dateParse(t, format.dateFormat),
				value: dateFromParse(`p_${spec.name}`),
				error: bad('invalid_date')
			};
		case 'country':
			return lookup(spec, countryValue(key), bad('unknown_country'));
		case 'currency':
			return lookup(spec, currencyValue(key), bad('unknown_code'));
		case 'flag':
			// A derogation column is often free text describing the procedure (OCDS
			// procurementMethodDetails): only derogation words count, anything else means "no".
			if (spec.name === 'derogation')
				return lookup(spec, `coalesce(${flagValue(key)}, false)`, null);
			return lookup(spec, flagValue(key), bad('unknown_code'));
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
	const isCount = spec.type === 'count';
	const p = `p_${spec.name}`;
	const n = `n_${spec.name}`;
	const number = numberFromParse(t, p, format.numberFormat, isCount ? 1 : scale);
	// The magnitude is checked before the INTEGER cast, which would throw on 1e308 tenderers.
	const limit = numberLimit(spec.type);
	const inRange = (x: string) => `abs(${x}) < ${limit}`;
	const value = isCount
		? `CASE WHEN ${n} = round(${n}) AND ${inRange(n)} THEN CAST(${n} AS INTEGER) END`
		: number;
	const magnitude = isCount ? n : v;
	const error = `CASE ${missing} WHEN ${isFormula(t)} THEN 'formula_like' WHEN NOT ${inRange(magnitude)} THEN 'out_of_range' WHEN ${v} IS NULL THEN 'not_a_number' WHEN ${v} < 0 THEN 'negative_amount' END`;
	return {
		parse: numberParse(t, format.numberFormat, isCount ? 1 : scale, isCount),
		...(isCount ? { number } : {}),
		value,
		error
	};
}

/** Column of the look-up table that holds field `name`'s distinct cells. */
export function lookupKey(name: string): string {
	return `k_${name}`;
}

function lookup(spec: FieldSpec, v: string, error: string | null): FieldSql {
	return { value: `${lookupKey(spec.name)}_v`, error, lookup: { v } };
}

function codeSql(spec: FieldSpec, missing: string): FieldSql {
	const v = `v_${spec.name}`;
	const found = lookup(spec, codeValue(lookupKey(spec.name), spec.codes!), null);
	if (spec.name !== 'method')
		return { ...found, error: `CASE ${missing} WHEN ${v} IS NULL THEN 'unknown_code' END` };
	// A method cell that only names the derogatory regime ("Marché spécial") is understood:
	// the regime is recorded and the method stays unknown.
	return {
		...found,
		lookup: { v: found.lookup!.v, d: derogationValue(lookupKey(spec.name)) },
		error: `CASE ${missing} WHEN ${v} IS NULL AND NOT d_method THEN 'unknown_code' END`
	};
}
