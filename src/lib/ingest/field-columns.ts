/**
 * Per mapped field: its value and error columns for the typed table, and the look-up tables
 * (one row per distinct cell) that codes, countries, currencies and flags are matched in.
 */
import type { ErrorCheck, TypedSqlInput } from './build-typed-sql.ts';
import { CODE_RULES } from './code-lists.ts';
import { FIELD_SPECS, type FieldType } from './field-specs.ts';
import { fieldSql } from './field-sql.ts';
import { rulesValue } from './sql-cells.ts';

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
	lookups: string[];
	joins: string[];
	values: string[];
	errors: string[];
	checks: ErrorCheck[];
}

/** Value, error and look-up SQL of every field of the mapping's kind. */
export function fieldColumns(input: TypedSqlInput): FieldColumns {
	const { mapping } = input;
	const lookups: string[] = [];
	const joins: string[] = [];
	const values: string[] = [];
	const errors: string[] = [];
	const checks: ErrorCheck[] = [];
	const addLookup = (name: string, column: number, v: string, d?: string) => {
		const extra = d ? `, ${d} AS d` : '';
		lookups.push(
			`l_${name} AS (SELECT key, ${v} AS v${extra} FROM (SELECT DISTINCT t${column} AS key FROM b) WHERE key IS NOT NULL)`
		);
		joins.push(`LEFT JOIN l_${name} ON l_${name}.key = b.t${column}`);
	};
	for (const spec of FIELD_SPECS[mapping.kind]) {
		const source = mapping.fields[spec.name];
		if (!source) {
			values.push(`CAST(NULL AS ${SQL_TYPES[spec.type]}) AS v_${spec.name}`);
			continue;
		}
		const sql = fieldSql(spec, `t${source.column}`, source.scale, input.format);
		if (sql.lookup) addLookup(spec.name, source.column, sql.lookup.v, sql.lookup.d);
		values.push(`${sql.value} AS v_${spec.name}`);
		if (sql.lookup?.d) values.push(`coalesce(l_${spec.name}.d, false) AS d_${spec.name}`);
		if (sql.error === null) continue;
		errors.push(`${sql.error} AS e_${spec.name}`);
		checks.push({ error: `e_${spec.name}`, column: source.column });
	}
	const institution = mapping.fields.institution;
	if (mapping.kind === 'budget' && institution) {
		addLookup('sector_from_institution', institution.column, rulesValue('key', CODE_RULES.sector));
		values.push('l_sector_from_institution.v AS inferred_sector');
	}
	if (mapping.kind === 'contracts' && !mapping.fields.method) values.push('false AS d_method');
	return { lookups, joins, values, errors, checks };
}
