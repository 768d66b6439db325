/**
 * Runs registered indicators on whatever tables the engine holds and returns uniform
 * results. Shared by the browser (duckdb-wasm) and the CLI (Node DuckDB): same SQL, same
 * post-processing, so both give the same values.
 */
import type { Engine, Row } from '../db/engine.ts';
import { ALL_TABLES_DDL } from '../db/tables.ts';
import type { IndicatorDefinition, IndicatorResult } from './define-indicator.ts';
import { INDICATORS } from './index.ts';
import { SUPPLIER_MACRO_SQL } from './normalize-supplier.ts';
import { bandScore } from './score-bands.ts';

export interface RunOptions {
	/** Indicator ids to run (default: all whose tables are present). */
	ids?: readonly string[];
	countries?: readonly string[];
	years?: readonly number[];
	/** Parameter overrides by indicator id then parameter name. */
	params?: Record<string, Record<string, number | null>>;
}

/**
 * Runs the selected indicators. The three canonical tables are created empty when absent
 * (an indicator on an empty table returns no rows, or NULL values where it says so); an
 * indicator needing another table (SIPRI's `milex`) is skipped when that table is absent.
 */
export async function runIndicators(
	engine: Engine,
	options: RunOptions = {}
): Promise<IndicatorResult[]> {
	for (const ddl of ALL_TABLES_DDL) await engine.exec(ddl);
	const tables = await engine.query<{ name: string }>(
		`SELECT table_name AS name FROM information_schema.tables`
	);
	const present = new Set(tables.map((t) => t.name));
	await engine.exec(SUPPLIER_MACRO_SQL);
	const results: IndicatorResult[] = [];
	for (const definition of INDICATORS) {
		if (options.ids && !options.ids.includes(definition.id)) continue;
		if (!definition.tables.every((t) => present.has(t))) continue;
		const rows = await runIndicator(engine, definition, options.params?.[definition.id]);
		results.push(...rows.filter((r) => isSelected(r, options)));
	}
	return results;
}

function isSelected(row: IndicatorResult, options: RunOptions): boolean {
	return (
		(!options.countries || options.countries.includes(row.country)) &&
		(!options.years || options.years.includes(row.year))
	);
}

/** The values bound to the indicator's `?` placeholders, defaults overridden by `overrides`. */
export function bindParams(
	definition: IndicatorDefinition,
	overrides: Record<string, number | null> = {}
): (number | null)[] {
	for (const name of Object.keys(overrides)) {
		if (!definition.params?.some((p) => p.name === name))
			throw new Error(`${definition.id} has no parameter ${name}`);
	}
	return (definition.params ?? []).map((p) =>
		p.name in overrides ? overrides[p.name]! : p.default
	);
}

/** Runs one indicator (the supplier macro must exist) and returns sorted results. */
export async function runIndicator(
	engine: Engine,
	definition: IndicatorDefinition,
	overrides?: Record<string, number | null>
): Promise<IndicatorResult[]> {
	const rows = await engine.query(definition.sql, bindParams(definition, overrides));
	const results = rows.map((row) => toResult(row, definition)).sort(compareResults);
	return definition.score ? definition.score(results) : results;
}

/** Twelve significant digits: both engines agree far beyond that, summation order aside. */
const round = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : null);

function toResult(row: Row, definition: IndicatorDefinition): IndicatorResult {
	const measure = row.measure == null ? undefined : String(row.measure);
	const value = round(row.value);
	const result: IndicatorResult = {
		id: definition.id,
		// rows whose file gave no country stay visible rather than vanish
		country: row.country == null ? 'unknown' : String(row.country),
		year: Number(row.year),
		value,
		unit: (measure && definition.measureUnits?.[measure]) || definition.unit
	};
	if (measure) result.measure = measure;
	if (row.group_by != null)
		result.group = { by: String(row.group_by), name: String(row.group_name) };
	if (row.coverage_total != null)
		result.coverage = { n: Number(row.coverage_n ?? 0), total: Number(row.coverage_total) };
	if (row.from_year != null) result.fromYear = Number(row.from_year);
	// multi-year scorers (PEFA PI-1/PI-2) own the score; their bands are then documentary
	const banded =
		!definition.score && (!definition.bandMeasure || definition.bandMeasure === measure);
	const score =
		row.score != null
			? String(row.score)
			: banded && definition.bands
				? bandScore(value, definition.bands)
				: null;
	if (score !== null) result.score = score;
	return result;
}

const text = (r: IndicatorResult) => [
	r.country,
	r.measure ?? '',
	r.group?.by ?? '',
	r.group?.name ?? ''
];

/** Stable order (country, measure, group, year) so engines and runs compare equal. */
export function compareResults(a: IndicatorResult, b: IndicatorResult): number {
	const [ta, tb] = [text(a), text(b)];
	for (let i = 0; i < ta.length; i++) {
		const c = ta[i]! < tb[i]! ? -1 : ta[i]! > tb[i]! ? 1 : 0;
		if (c) return c;
	}
	return a.year - b.year || (a.fromYear ?? 0) - (b.fromYear ?? 0);
}
