/**
 * Runs the registered indicators on a subset of budget lines without copying their formulas:
 * every query gets a leading CTE named `budget_lines` that shadows the table (DuckDB resolves a
 * CTE before a table of the same name), so the indicator's own SQL reads only the rows the view's
 * filters keep. `main.budget_lines` names the real table inside the CTE.
 */
import type { Engine } from '../db/engine.ts';

export type Where = { sql: string; params: unknown[] };

/** An engine whose queries see `budget_lines` restricted by `where` (built by `filterWhere`). */
export function budgetScope(engine: Engine, where: Where): Engine {
	if (!where.sql) return engine;
	const prefix = `WITH budget_lines AS (SELECT * FROM main.budget_lines ${where.sql})`;
	return {
		// newline before `)`: the wrapped SQL may end with a `--` comment
		query: (sql, params = []) =>
			engine.query(`${prefix} SELECT * FROM (${sql.replace(/;\s*$/, '')}\n)`, [
				...where.params,
				...params
			]),
		exec: (sql) => engine.exec(sql),
		registerFile: (name, bytes) => engine.registerFile(name, bytes),
		dropFile: (name) => engine.dropFile(name),
		close: () => engine.close()
	};
}
