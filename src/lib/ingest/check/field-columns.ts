/**
 * Per mapped field: its parse, value and error columns for the typed table, and the one look-up
 * table (one row per distinct combination of code, country, currency and flag cells) they are
 * matched in.
 */
import type { ErrorCheck, TypedSqlInput } from './build-typed-sql.ts';
import { CODE_RULES } from '../fields/code-lists.ts';
import { FIELD_SPECS, type FieldType } from '../fields/field-specs.ts';
import { fieldSql, lookupKey } from './field-sql.ts';
import { derogationValue, rulesValue } from './sql-cells.ts';

const SQL_TYPES: Record<FieldType, string> = {
	text: 'VARCHAR',
	country: 'VARCHAR',
	currency: 'VARCHAR',
	code: 'VARCHAR',
	year: 'INTEGER',
	count: 'INTEGER',
	amount: 'DOUBLE',
	date: 'DATE',
	flag: 'BOOLEAN'
};

export interface FieldColumns {
	/** Look-up keys: source column and key column `k_<field>` (none: no look-up table). */
	keys: Array<{ column: number; key: string }>;
	/** Look-up values over the keys: `… AS k_<field>_v` / `k_<field>_d`, and their names. */
	lookups: string[];
	lookedUp: string[];
	/** Layers of the typed table, each computed once from the ones before. */
	parses: string[];
	numbers: string[];
	values: string[];
	errors: string[];
	checks: ErrorCheck[];
}

/** Value, error and look-up SQL of every field of the mapping's kind. */
export function fieldColumns(input: TypedSqlInput): FieldColumns {
	const { mapping } = input;
	const out: FieldColumns = {
		keys: [],
		lookups: [],
		lookedUp: [],
		parses: [],
		numbers: [],
		values: [],
		errors: [],
		checks: []
	};
	const addLookup = (name: string, column: number, v: string, d?: string) => {
		const k = lookupKey(name);
		out.keys.push({ column, key: k });
		// A blank cell matches nothing (as when blank cells had no row in the look-up table).
		out.lookups.push(`CASE WHEN ${k} IS NOT NULL THEN ${v} END AS ${k}_v`);
		out.lookedUp.push(`${k}_v`);
		if (!d) return;
		out.lookups.push(`coalesce(CASE WHEN ${k} IS NOT NULL THEN ${d} END, false) AS ${k}_d`);
		out.lookedUp.push(`${k}_d`);
	};
	for (const spec of FIELD_SPECS[mapping.kind]) {
		const source = mapping.fields[spec.name];
		if (!source) {
			out.values.push(`CAST(NULL AS ${SQL_TYPES[spec.type]}) AS v_${spec.name}`);
			continue;
		}
		const sql = fieldSql(spec, `t${source.column}`, source.scale, input.format);
		if (sql.lookup) addLookup(spec.name, source.column, sql.lookup.v, sql.lookup.d);
		if (sql.parse) out.parses.push(`${sql.parse} AS p_${spec.name}`);
		if (sql.number) out.numbers.push(`${sql.number} AS n_${spec.name}`);
		out.values.push(`${sql.value} AS v_${spec.name}`);
		if (sql.lookup?.d) out.values.push(`${lookupKey(spec.name)}_d AS d_${spec.name}`);
		if (sql.error === null) continue;
		out.errors.push(`${sql.error} AS e_${spec.name}`);
		out.checks.push({ error: `e_${spec.name}`, column: source.column });
	}
	const institution = mapping.fields.institution;
	if (mapping.kind === 'budget' && institution) {
		const k = lookupKey('sector_from_institution');
		addLookup('sector_from_institution', institution.column, rulesValue(k, CODE_RULES.sector));
		out.values.push(`${k}_v AS inferred_sector`);
	}
	if (mapping.kind === 'contracts' && !mapping.fields.method) out.values.push('false AS d_method');
	// OCDS procurementMethodDetails often names the derogatory regime ("Marché spécial").
	const details = mapping.fields.method_details;
	if (mapping.kind === 'contracts' && details) {
		const k = lookupKey('derogation_in_details');
		addLookup('derogation_in_details', details.column, derogationValue(k));
		out.values.push(`coalesce(${k}_v, false) AS d_method_details`);
	} else if (mapping.kind === 'contracts') out.values.push('false AS d_method_details');
	return out;
}
