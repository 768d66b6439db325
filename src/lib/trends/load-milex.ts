/**
 * Loads SIPRI's tidy series (`data/sipri-milex.csv`, written by `npm run data`) into the table
 * `milex`. Column types are fixed here rather than sniffed so an all-empty column in a
 * future release cannot change a type and silently break a query.
 */
import type { Engine } from '../db/engine.ts';
import { sqlString } from '../db/sql.ts';

export const MILEX_COLUMNS = `{'country': 'VARCHAR', 'year': 'INTEGER', 'series': 'VARCHAR', 'value': 'DOUBLE', 'status': 'VARCHAR'}`;

export async function loadMilex(engine: Engine, path: string): Promise<void> {
	await engine.exec(
		`CREATE OR REPLACE TABLE milex AS SELECT * FROM read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', columns = ${MILEX_COLUMNS})`
	);
}
