/**
 * Prepares the procurement view's tables from `contracts`, once per state of the data (not per
 * filter change): each red-flag indicator is run one contract at a time with its own SQL (the
 * contract's key stands in for the country, so the indicator's per-country-year grouping gives
 * one row per contract), then the results are summed over the filter dimensions (`cube.sql`).
 * A filter change then only adds up those sums: see `procurement-queries.ts`.
 */
import type { Engine } from '../db/engine.ts';
import { sqlString } from '../db/sql.ts';
import { ALL_TABLES_DDL } from '../db/tables.ts';
import { amendmentGrowth } from '../indicators/amendment-growth/indicator.ts';
import { competitiveShare } from '../indicators/competitive-share/indicator.ts';
import type { IndicatorDefinition } from '../indicators/define-indicator.ts';
import { derogationShare } from '../indicators/derogation-share/indicator.ts';
import { directAwardShare } from '../indicators/direct-award-share/indicator.ts';
import { SUPPLIER_MACRO_SQL } from '../indicators/normalize-supplier.ts';
import { possibleSplitting } from '../indicators/possible-splitting/indicator.ts';
import { bindParams } from '../indicators/run-indicators.ts';
import { shortTenderPeriod } from '../indicators/short-tender-period/indicator.ts';
import { singleBidShare } from '../indicators/single-bid-share/indicator.ts';
import { COUNTRIES } from '../ingest/fields/countries.ts';
import baseSql from './base.sql?raw';
import cubeSql from './cube.sql?raw';
import { splittingFlaggedSql, withScope } from './with-scope.ts';

/** A contract's value growth through amendments above this is flagged (WAEMU codes often cap
 * cumulative amendments near 30 % of the initial value: see amendment-growth/about). */
export const AMENDMENT_FLAG = 0.3;

/** The per-contract runs: table suffix, indicator, and the measure kept when it has several. */
const PER_CONTRACT: [string, IndicatorDefinition, string?][] = [
	['direct', directAwardShare, 'value'],
	['comp', competitiveShare, 'value'],
	['derog', derogationShare, 'value'],
	['single', singleBidShare],
	['short', shortTenderPeriod],
	['amend', amendmentGrowth]
];

/**
 * The contracts with an award date (the others belong to no year in any indicator either), each
 * under a country of its own: its row id, which is how the results join back (`k`).
 * `main.contracts` is the table itself, not the CTE of the same name `withScope` creates.
 */
const ONE_PER_CONTRACT =
	'SELECT * REPLACE (rowid AS country) FROM main.contracts WHERE award_date IS NOT NULL';
async function runPerContract(engine: Engine): Promise<void> {
	for (const [name, definition, measure] of PER_CONTRACT) {
		const filter = measure ? `WHERE measure = ${sqlString(measure)}` : '';
		await engine.query(
			`CREATE OR REPLACE TEMP TABLE proc_ind_${name} AS
			SELECT country AS k, value AS v, coverage_n AS c, coverage_total AS t
			FROM (${withScope(definition.sql, ONE_PER_CONTRACT)}) ${filter}`,
			bindParams(definition)
		);
	}
	// Only awards under the threshold can be in a run (its `small` step): giving it just those
	// gives the same flags, and spares normalising every supplier name of the table.
	const [windowDays, threshold] = bindParams(possibleSplitting);
	await engine.query(
		`CREATE OR REPLACE TEMP TABLE proc_split AS ${withScope(
			splittingFlaggedSql(possibleSplitting.sql),
			'SELECT * FROM main.contracts WHERE amount < ?'
		)}`,
		[threshold, windowDays, threshold]
	);
	// Each spelling normalised once (the macro is slow on a million rows), joined in proc_base.
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE proc_names AS
		SELECT supplier, vigie_normalize_supplier(supplier) AS supplier_norm
		FROM (SELECT DISTINCT supplier FROM contracts WHERE supplier IS NOT NULL)`
	);
}

/** SIPRI's constant-2023-US$ per unit of local currency, by country and year (none without milex). */
async function buildRates(engine: Engine): Promise<void> {
	const [milex] = await engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'milex'`
	);
	const currencies = COUNTRIES.map((c) => `(${sqlString(c.iso3)}, ${sqlString(c.currency)})`);
	const rates = milex?.n
		? `SELECT l.country, l.year, cc.currency, u.value * 1e6 / NULLIF(l.value, 0) AS usd_per_unit
			FROM milex l
			JOIN milex u ON u.country = l.country AND u.year = l.year AND u.series = 'usd_constant_2023'
			JOIN (VALUES ${currencies.join(', ')}) AS cc(country, currency) ON cc.country = l.country
			WHERE l.series = 'lcu_current' AND l.value > 0 AND u.value > 0`
		: `SELECT NULL::VARCHAR AS country, NULL::INTEGER AS year, NULL::VARCHAR AS currency,
			NULL::DOUBLE AS usd_per_unit WHERE false`;
	await engine.exec(`CREATE OR REPLACE TEMP TABLE proc_rate AS ${rates}`);
}

/** (Re)builds proc_base, proc_cube and proc_sup from the current `contracts`. */
export async function buildProcurement(engine: Engine): Promise<void> {
	for (const ddl of ALL_TABLES_DDL) await engine.exec(ddl);
	await engine.exec(SUPPLIER_MACRO_SQL);
	await runPerContract(engine);
	await buildRates(engine);
	await engine.query(baseSql, [AMENDMENT_FLAG]);
	await engine.exec(cubeSql);
	// only the view's tables stay: the intermediate ones would hold a copy of every contract
	await engine.exec(
		['proc_split', 'proc_names', ...PER_CONTRACT.map(([n]) => `proc_ind_${n}`)]
			.map((t) => `DROP TABLE IF EXISTS ${t}`)
			.join('; ')
	);
}
