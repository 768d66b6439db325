/**
 * Reads `overview.sql`'s sums (by year and method) into what the view draws: method shares by award year with the
 * derogation share, and the red-flag figures of the whole selection. Each flag's value combines
 * the per-contract results of its indicator as ratios combine (Σ numerators ÷ Σ denominators),
 * which gives exactly what the indicator's own query gives on the same contracts.
 */
import { METHOD_ORDER } from './method-categories.ts';
import type { AmountBasis } from './procurement-queries.ts';

export type MethodCell = { method: string; n: number; amount: number; share: number | null };
export type YearRow = {
	year: number;
	n: number;
	amount: number;
	methods: MethodCell[];
	/** Share of value under the defence-secret derogation (derogation-share indicator). */
	derogation: number | null;
	derogationCoverage: { n: number; total: number };
};
export const FLAG_IDS = ['direct', 'single', 'short', 'split', 'amend'] as const;
export type FlagId = (typeof FLAG_IDS)[number];
export type FlagFigure = {
	id: FlagId;
	/** A share (0–1), a growth (0.12 = +12 %) or, for splitting, a number of contracts. */
	value: number | null;
	/** Contracts carrying this flag in the selection. */
	flagged: number;
	coverage: { n: number; total: number };
};
/** One country's award year, for the key findings (shares in the contracts' own amounts). */
export type CountryYear = {
	country: string;
	year: number;
	n: number;
	/** Competitive-share indicator (value): Σ open and selective ÷ Σ in its base. */
	competitive: number | null;
	/** Derogation-share indicator (value): Σ under the regime ÷ Σ of known regime. */
	derogation: number | null;
};
export type Overview = {
	years: YearRow[];
	countryYears: CountryYear[];
	n: number;
	amount: number;
	/** Contracts with an amount in the basis shown (all of them in local currency). */
	nAmount: number;
	suppliersNamed: number;
	flagged: number;
	flags: FlagFigure[];
	units: string[];
	datasets: string[];
};

type Sums = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const ratio = (a: unknown, b: unknown) => (num(b) > 0 ? num(a) / num(b) : null);

function flagFigures(row: Sums, b: 'l' | 'u'): FlagFigure[] {
	const cov = (id: string) => ({ n: num(row[`${id}_c`]), total: num(row[`${id}_t`]) });
	const amend = ratio(row[`amend_num_${b}`], row[`amend_den_${b}`]);
	return [
		{
			id: 'direct',
			value: ratio(row[`direct_num_${b}`], row[`direct_den_${b}`]),
			flagged: num(row.direct_flagged),
			coverage: cov('direct')
		},
		{
			id: 'single',
			value: ratio(row.single_num, row.single_den),
			flagged: num(row.single_num),
			coverage: cov('single')
		},
		{
			id: 'short',
			value: ratio(row.short_num, row.short_den),
			flagged: num(row.short_num),
			coverage: cov('short')
		},
		// a count: no contract in scope means no value, not zero
		{
			id: 'split',
			value: num(row.split_t) > 0 ? num(row.split_num) : null,
			flagged: num(row.split_num),
			coverage: cov('split')
		},
		{ id: 'amend', value: amend, flagged: num(row.amend_flagged), coverage: cov('amend') }
	];
}

/** Adds up rows of sums column by column (strings: the distinct values, joined). */
function addUp(rows: Sums[]): Sums {
	const out: Sums = {};
	for (const row of rows)
		for (const [key, v] of Object.entries(row)) {
			if (typeof v === 'number') out[key] = num(out[key]) + v;
			else if (typeof v === 'string' && key !== 'method')
				out[key] = [...new Set([...String(out[key] ?? '').split(SEP), ...v.split(SEP)])]
					.filter(Boolean)
					.sort()
					.join(SEP);
		}
	return out;
}
const SEP = '\u001f';

/** Each country-year's shares from its sums (`queryCountryYearRows`), country A–Z then year. */
export function readCountryYears(rows: Sums[]): CountryYear[] {
	return rows
		.map((r) => ({
			country: String(r.country),
			year: Number(r.year),
			n: num(r.n),
			competitive: ratio(r.comp_num_l, r.comp_den_l),
			derogation: ratio(r.derog_num_l, r.derog_den_l)
		}))
		.sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
}

/** The overview for `basis`; `rows` are `overview.sql`'s (one per year and method), any order. */
export function readOverview(
	rows: Sums[],
	basis: AmountBasis,
	countryYearRows: Sums[] = []
): Overview {
	const b = basis === 'usd' ? 'u' : 'l';
	const amount = (r: Sums) => num(r[`amt_${b}`]);
	const all = addUp(rows);
	const years = [...new Set(rows.map((r) => Number(r.year)))]
		.sort((a, z) => a - z)
		.map((year): YearRow => {
			const cells = rows.filter((c) => Number(c.year) === year);
			const r = addUp(cells);
			const methods = METHOD_ORDER.map((method) => {
				const c = cells.find((x) => x.method === method) ?? {};
				return { method, n: num(c.n), amount: amount(c), share: ratio(amount(c), amount(r)) };
			});
			return {
				year,
				n: num(r.n),
				amount: amount(r),
				methods,
				derogation: ratio(r[`derog_num_${b}`], r[`derog_den_${b}`]),
				derogationCoverage: { n: num(r.derog_c), total: num(r.derog_t) }
			};
		});
	return {
		years,
		countryYears: readCountryYears(countryYearRows),
		n: num(all.n),
		amount: amount(all),
		nAmount: b === 'u' ? num(all.n_u) : num(all.n),
		suppliersNamed: num(all.sup_c),
		flagged: num(all.flagged),
		flags: rows.length ? flagFigures(all, b) : [],
		units: typeof all.units === 'string' ? all.units.split(SEP) : [],
		datasets: typeof all.datasets === 'string' ? all.datasets.split(SEP) : []
	};
}
