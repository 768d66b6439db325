/**
 * Everything the procurement view shows for one state of its filters, fetched in one go
 * (`Promise.all`), plus what the filter bar offers. Used by the page and by the bench.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { readOverview, type Overview } from './overview.ts';
import {
	queryCountryYearRows,
	queryFlagged,
	queryOverviewRows,
	querySuppliers,
	scopeWhere,
	type AmountBasis,
	type Concentration,
	type FlaggedRow,
	type FlagSort,
	type SupplierRow
} from './procurement-queries.ts';

export type Available = {
	countries: string[];
	years: number[];
	buyers: string[];
	/** Currency unit of each country's contracts (XOF for both CFA francs). */
	units: Record<string, string[]>;
	/** Awarded contracts left out because they have no award date. */
	undated: number;
	/** Contracting processes with no award yet (OCDS tender or planning notices): no value. */
	notAwarded: number;
};

/** The filter values present in the data (read once per state of the data). */
export async function queryAvailable(engine: Engine): Promise<Available> {
	const [cells, [counts]] = await Promise.all([
		engine.query<{ country: string | null; year: number; buyer: string; unit: string }>(
			`SELECT DISTINCT country, year, buyer, unit FROM proc_cube`
		),
		// a tender or planning notice has no award date by nature: it is not "undated"
		engine.query<{ undated: number; not_awarded: number }>(
			`SELECT count(*) FILTER (WHERE stage = 'award' AND award_date IS NULL)::INTEGER AS undated,
				count(*) FILTER (WHERE stage <> 'award')::INTEGER AS not_awarded FROM contracts`
		)
	]);
	const sorted = <T>(values: T[]) => [...new Set(values)].sort();
	const units: Record<string, string[]> = {};
	for (const c of cells) {
		const key = c.country ?? '';
		units[key] = sorted([...(units[key] ?? []), c.unit]);
	}
	return {
		countries: sorted(cells.flatMap((c) => (c.country ? [c.country] : []))),
		years: sorted(cells.map((c) => c.year)),
		buyers: sorted(cells.map((c) => c.buyer)).sort((a, b) => a.localeCompare(b)),
		units,
		undated: counts?.undated ?? 0,
		notAwarded: counts?.not_awarded ?? 0
	};
}

/**
 * The basis amounts are shown in: constant US$ when asked, and also when the selection holds
 * amounts in several currencies (FCFA and ouguiyas cannot be added); `forced` says the latter.
 */
export function amountBasis(
	filters: ExploreFilters,
	available: Available
): { basis: AmountBasis; forced: boolean; units: string[] } {
	const countries = filters.country.length ? filters.country : Object.keys(available.units);
	const units = [...new Set(countries.flatMap((c) => available.units[c] ?? []))].sort();
	if (filters.basis === 'usd') return { basis: 'usd', forced: false, units };
	return units.length > 1
		? { basis: 'usd', forced: true, units }
		: { basis: 'local', forced: false, units };
}

export type ProcurementView = {
	basis: AmountBasis;
	overview: Overview;
	suppliers: SupplierRow[];
	concentration: Concentration;
	flagged: FlaggedRow[];
};

/** Runs the view's queries for `filters` at once. */
export async function queryProcurement(
	engine: Engine,
	filters: ExploreFilters,
	basis: AmountBasis,
	table: { sort: FlagSort; page: number } = { sort: 'flags', page: 0 }
): Promise<ProcurementView> {
	const where = scopeWhere(filters);
	const byCountryYear = filters.institution === null && filters.method === null;
	const [rows, countryYears, { suppliers, concentration }, flagged] = await Promise.all([
		queryOverviewRows(engine, where),
		queryCountryYearRows(engine, where),
		querySuppliers(engine, where, basis, byCountryYear),
		queryFlagged(engine, where, table.sort, basis, table.page)
	]);
	return {
		basis,
		overview: readOverview(rows, basis, countryYears),
		suppliers,
		concentration,
		flagged
	};
}
