/**
 * Loads the three tidy governance files written by `npm run data` into DuckDB: the same code in
 * Node (build-time prerendering, CLI, tests) and in the browser. Column types are fixed here, not
 * sniffed, so a score like `0` stays text and an all-empty column cannot change a type.
 */
import type { Engine } from '../db/engine.ts';
import { sqlString } from '../db/sql.ts';

/** Table → file written by `npm run data` → its columns, in file order. */
export const GOVERNANCE_TABLES = {
	governance_scores: {
		file: 'governance-scores.csv',
		columns: {
			source: 'VARCHAR',
			edition: 'VARCHAR',
			country: 'VARCHAR',
			year: 'INTEGER',
			indicator: 'VARCHAR',
			dimension: 'VARCHAR',
			score: 'VARCHAR',
			value: 'DOUBLE',
			note: 'VARCHAR',
			source_title: 'VARCHAR',
			source_url: 'VARCHAR',
			publisher: 'VARCHAR',
			published: 'VARCHAR'
		}
	},
	national_budgets: {
		file: 'national-budgets.csv',
		columns: {
			country: 'VARCHAR',
			year: 'INTEGER',
			year_end: 'INTEGER',
			stage: 'VARCHAR',
			scope: 'VARCHAR',
			measure: 'VARCHAR',
			value: 'DOUBLE',
			unit: 'VARCHAR',
			as_published: 'VARCHAR',
			source_title: 'VARCHAR',
			source_url: 'VARCHAR',
			publisher: 'VARCHAR',
			published: 'VARCHAR',
			note: 'VARCHAR'
		}
	},
	governance_events: {
		file: 'events.csv',
		columns: {
			country: 'VARCHAR',
			// ISO text, not DATE: both engines return it unchanged and it sorts as a date
			date: 'VARCHAR',
			kind: 'VARCHAR',
			title_fr: 'VARCHAR',
			title_en: 'VARCHAR',
			source_title: 'VARCHAR',
			source_url: 'VARCHAR',
			publisher: 'VARCHAR',
			published: 'VARCHAR',
			note: 'VARCHAR'
		}
	}
} as const;

export type GovernanceTable = keyof typeof GOVERNANCE_TABLES;

/** `{'a': 'VARCHAR', …}`: the `columns` argument of `read_csv`. */
function columnsStruct(columns: Record<string, string>): string {
	return `{${Object.entries(columns)
		.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
		.join(', ')}}`;
}

/**
 * Creates the three tables from paths DuckDB can read (a file path in Node, a name given by
 * `engine.registerFile` in the browser). Empty text fields become NULL.
 */
export async function loadGovernance(
	engine: Engine,
	paths: Record<GovernanceTable, string>
): Promise<void> {
	for (const [table, spec] of Object.entries(GOVERNANCE_TABLES)) {
		const path = paths[table as GovernanceTable];
		await engine.exec(
			`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', escape = '"', columns = ${columnsStruct(spec.columns)})`
		);
	}
}
