/**
 * The procurement view's queries on the tables `buildProcurement` made. A filter change runs
 * them all at once (`queryProcurement`); each adds up pre-summed rows, so the cost depends on
 * the number of countries × years × buyers × methods (× suppliers), not on the number of
 * contracts. Filter values are bound parameters; the only text put into SQL is chosen here
 * from fixed lists (column names, sort keys).
 */
import type { Engine } from '../db/engine.ts';
import { andWhere } from '../explore/drill-rows.ts';
import { filterWhere, type ExploreFilters } from '../explore/filters.ts';
import { supplierConcentration } from '../indicators/supplier-concentration/indicator.ts';
import flaggedSql from './flagged.sql?raw';
import { cardinalCodesOf, contractKey } from '../flags/codes-of-contracts.ts';
import type { FlagCode } from '../flags/contract-flags.ts';
import overviewSql from './overview.sql?raw';
import countryYearsSql from './country-years.sql?raw';
import suppliersSql from './suppliers.sql?raw';
import topSuppliersSql from './top-suppliers.sql?raw';
import { withScope } from './with-scope.ts';

/** Where each filter applies in proc_base, proc_cube and proc_sup (the same column names). */
export const PROC_COLUMNS = {
	country: 'country',
	year: 'year',
	institution: 'buyer',
	method: 'method'
} as const;

export type AmountBasis = 'local' | 'usd';
export type Where = { sql: string; params: unknown[] };

export const amountColumn = (basis: AmountBasis) => (basis === 'usd' ? 'amt_u' : 'amt_l');

/** Puts the view's WHERE and fixed column choices into a query's markers. */
export function fill(sql: string, where: Where, extra: Record<string, string> = {}): string {
	let out = sql.replace('/*WHERE*/', where.sql);
	for (const [marker, text] of Object.entries(extra)) out = out.replaceAll(`/*${marker}*/`, text);
	return out;
}

export const scopeWhere = (filters: ExploreFilters): Where => filterWhere(filters, PROC_COLUMNS);

/**
 * The sums of `overview.sql`, one row per award year and method with a column per sum (as
 * `readOverview` reads them), and the distinct currency units and datasets joined by U+001F.
 */
export async function queryOverviewRows(engine: Engine, where: Where) {
	const long = await engine.query<{
		year: number;
		method: string;
		unit: string;
		dataset_id: string;
		measure: string;
		value: number;
	}>(fill(overviewSql, where), where.params);
	const rows = new Map<string, Record<string, unknown>>();
	for (const r of long) {
		const key = `${r.year}:${r.method}`;
		const row = rows.get(key) ?? { year: r.year, method: r.method, units: '', datasets: '' };
		row[r.measure] = ((row[r.measure] as number | undefined) ?? 0) + r.value;
		row.units = joinDistinct(row.units as string, r.unit);
		row.datasets = joinDistinct(row.datasets as string, r.dataset_id);
		rows.set(key, row);
	}
	return [...rows.values()];
}

/** The sums each country-year's shares need (see country-years.sql). */
const COUNTRY_YEAR_SUMS = ['n', 'comp_num_l', 'comp_den_l', 'derog_num_l', 'derog_den_l'];

/** `country-years.sql`'s sums, one row per country and award year with a column per sum. */
export async function queryCountryYearRows(engine: Engine, where: Where) {
	const measures = andWhere(
		where,
		`measure IN (${COUNTRY_YEAR_SUMS.map(() => '?').join(', ')})`,
		...COUNTRY_YEAR_SUMS
	);
	const long = await engine.query<{
		country: string | null;
		year: number;
		measure: string;
		value: number;
	}>(fill(countryYearsSql, measures), measures.params);
	const rows = new Map<string, Record<string, unknown>>();
	for (const r of long) {
		if (r.country === null) continue;
		const key = `${r.country}:${r.year}`;
		const row = rows.get(key) ?? { country: r.country, year: r.year };
		row[r.measure] = r.value;
		rows.set(key, row);
	}
	return [...rows.values()];
}

const joinDistinct = (list: string, value: string) =>
	list.split('\u001f').includes(value) ? list : list ? `${list}\u001f${value}` : value;

export type SupplierRow = {
	supplier_norm: string;
	spelling: string;
	n: number;
	amount: number | null;
	spellings: number;
	variants: string;
	firms: number;
};

export type Concentration = { top1: number | null; top3: number | null; hhi: number | null };

/**
 * The `limit` largest firms of the selection by awarded amount, and the selection's top-1,
 * top-3 shares and Herfindahl index by the supplier-concentration indicator's own SQL: the
 * selection is given to it as one buyer in one year, one row per firm (amounts summed, named
 * by one of its own spellings, which normalises to the same name).
 */
export async function querySuppliers(
	engine: Engine,
	where: Where,
	basis: AmountBasis,
	byCountryYear: boolean,
	limit = 10
): Promise<{ suppliers: SupplierRow[]; concentration: Concentration }> {
	const table = byCountryYear ? 'proc_sup_cy' : 'proc_sup';
	await engine.query(
		fill(suppliersSql, where, { AMOUNT: amountColumn(basis), TABLE: table }),
		where.params
	);
	const scope = `SELECT 'all' AS country, DATE '2000-01-01' AS award_date, 'all' AS buyer,
		v.spelling AS supplier, f.amount FROM proc_sel_firms f JOIN proc_variants v USING (supplier_norm)`;
	const [suppliers, rows] = await Promise.all([
		engine.query<SupplierRow>(topSuppliersSql, [limit]),
		engine.query<{ measure: string; value: number | null }>(
			withScope(supplierConcentration.sql, scope)
		)
	]);
	const value = (m: string) => rows.find((r) => r.measure === m)?.value ?? null;
	return {
		suppliers,
		concentration: { top1: value('top1'), top3: value('top3'), hhi: value('hhi') }
	};
}

export const FLAG_SORTS = ['amount', 'date', 'flags', 'supplier'] as const;
export type FlagSort = (typeof FLAG_SORTS)[number];
/** '' = the order proc_flagged is stored in (most flags, then largest amount). */
const ORDER: Record<FlagSort, Record<AmountBasis, string>> = {
	flags: { local: '', usd: '' },
	amount: { local: 'amount DESC', usd: 'amount_usd DESC NULLS LAST' },
	date: { local: 'award_date DESC', usd: 'award_date DESC' },
	supplier: { local: 'supplier_norm NULLS LAST', usd: 'supplier_norm NULLS LAST' }
};
export const FLAGGED_PAGE = 25;

export type FlaggedRow = {
	dataset_id: string;
	source_row: number;
	country: string | null;
	award_date: string;
	buyer: string;
	reference: string | null;
	title: string | null;
	method: string;
	supplier: string | null;
	amount: number;
	amount_usd: number | null;
	unit: string;
	f_direct: boolean;
	f_single: boolean;
	f_short: boolean;
	f_split: boolean;
	f_amend: boolean;
	flags: number;
	/** Cardinal's codes that fire on it with default settings (`src/lib/flags`, as `vigie flags`). */
	cardinal: FlagCode[];
};

/** One page of the selection's flagged contracts, in a fixed sort order. */
export async function queryFlagged(
	engine: Engine,
	where: Where,
	sort: FlagSort,
	basis: AmountBasis,
	page = 0
) {
	const order = ORDER[sort][basis];
	const sql = fill(flaggedSql, where, {
		ORDER: order ? `ORDER BY ${order}, dataset_id, source_row` : ''
	});
	const rows = await engine.query<Omit<FlaggedRow, 'cardinal'>>(sql, [
		...where.params,
		FLAGGED_PAGE,
		Math.max(0, Math.trunc(page)) * FLAGGED_PAGE
	]);
	const codes = await cardinalCodesOf(engine, rows);
	return rows.map((r) => ({ ...r, cardinal: codes.get(contractKey(r)) ?? [] }));
}
