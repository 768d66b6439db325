/**
 * Canonical columns computed from several fields (country with the file-level default, currency
 * from cells, headers or country, sector from the ministry, derogation from the method) and the
 * checks that span fields.
 */
import { sqlString } from '../../db/sql.ts';
import type { ErrorCheck, TypedSqlInput } from './build-typed-sql.ts';
import { BUDGET_STAGES, FIELD_SPECS } from '../fields/field-specs.ts';
import { currencyInCell, resolveCurrency, textValue } from './sql-cells.ts';

export interface Derived {
	/** Intermediate columns, computed once and referred to by several finals. */
	pre: string[];
	/** Materialized canonical columns: `… AS f_<column>`, and their names. */
	finals: string[];
	columns: string[];
	/**
	 * Each canonical column as the typed table holds it: `f_<column>`. Text is stored there once,
	 * collapsed, as the canonical table gets it: the typed table keeps raw cells only for the rows
	 * it rejects.
	 */
	insert: Record<string, string>;
	errors: string[];
	checks: ErrorCheck[];
}

/** `f_<column>` expressions for every canonical column, and the cross-field checks. */
export function derivedSql(input: TypedSqlInput): Derived {
	const { mapping } = input;
	const t = (field: string) => {
		const source = mapping.fields[field];
		return source ? `t${source.column}` : 'NULL';
	};
	const country = `coalesce(v_country, ${input.country ? sqlString(input.country) : 'NULL'})`;
	const amountField = { budget: 'approved', contracts: 'amount', oversight: 'amount_covered' }[
		mapping.kind
	];
	const firstAmount = [amountField, ...BUDGET_STAGES].find((f) => mapping.fields[f]);
	const written = [
		'v_currency',
		firstAmount ? currencyInCell(t(firstAmount), `p_${firstAmount}`) : 'NULL',
		mapping.currency ? sqlString(mapping.currency) : 'NULL',
		input.currency ? sqlString(input.currency) : 'NULL'
	];
	const pre = [
		`${country} AS country_final`,
		`coalesce(${written.join(', ')}) AS currency_written`
	];
	const finals: Record<string, string> = {
		country: 'country_final',
		currency: resolveCurrency('currency_written', 'country_final')
	};
	const insert: Record<string, string> = {};
	for (const spec of FIELD_SPECS[mapping.kind]) {
		if (spec.type === 'text' && !(spec.name in finals)) {
			const source = mapping.fields[spec.name];
			// No cell of the file holds a break or a run of spaces: nothing to collapse.
			const collapse = input.cells?.breaksOrRuns ?? true;
			const cell = source && `t${source.column}`;
			finals[spec.name] = !cell ? 'CAST(NULL AS VARCHAR)' : collapse ? textValue(cell) : cell;
		} else finals[spec.name] ??= `v_${spec.name}`;
	}
	// A contracting process with no award yet has no amount, hence no currency to require.
	const needsCurrency = mapping.kind === 'contracts' ? ` AND f_stage = 'award'` : '';
	const errors = [
		`CASE WHEN f_currency IS NULL${needsCurrency} THEN 'missing_required' END AS e_currency_final`
	];
	const checks: ErrorCheck[] = [
		{ error: 'e_currency_final', column: mapping.fields.currency?.column ?? null }
	];
	if (mapping.kind === 'budget') {
		const inferred = mapping.fields.institution ? 'inferred_sector' : 'NULL';
		finals.sector = `coalesce(v_sector, ${inferred}, 'other')`;
		finals.category = `coalesce(v_category, 'other')`;
		const stages = BUDGET_STAGES.filter((s) => mapping.fields[s]);
		const none = stages.map((s) => `t${mapping.fields[s]!.column} IS NULL`).join(' AND ') || 'true';
		errors.push(`CASE WHEN ${none} THEN 'missing_required' END AS e_stages`);
		checks.push({
			error: 'e_stages',
			column: stages[0] ? mapping.fields[stages[0]]!.column : null
		});
	}
	if (mapping.kind === 'contracts') contractFinals(finals, errors, checks, t, mapping);
	const columns = Object.keys(finals);
	for (const c of columns) insert[c] = `f_${c}`;
	return {
		pre,
		finals: columns.map((c) => `${finals[c]} AS f_${c}`),
		columns,
		insert,
		errors,
		checks
	};
}

/**
 * Contracts: the derogation from its own column, the method or the method details; the stage
 * (a plain contracts list holds awards); the submission period in whole days from its dates
 * when the file gives no duration, and the check that it does not end before it starts.
 */
function contractFinals(
	finals: Record<string, string>,
	errors: string[],
	checks: ErrorCheck[],
	t: (field: string) => string,
	mapping: TypedSqlInput['mapping']
): void {
	const stated = ['method', 'method_details'].map((f) => `${t(f)} IS NOT NULL`).join(' OR ');
	finals.derogation = `CASE WHEN v_derogation OR d_method OR d_method_details THEN true WHEN v_derogation = false OR ${stated} THEN false END`;
	finals.stage = `coalesce(v_stage, 'award')`;
	finals.tender_period_days = `coalesce(v_tender_period_days, date_diff('day', v_tender_start, v_tender_end))`;
	errors.push(
		`CASE WHEN v_tender_end < v_tender_start THEN 'period_end_before_start' END AS e_tender_period`
	);
	checks.push({ error: 'e_tender_period', column: mapping.fields.tender_end?.column ?? null });
}
