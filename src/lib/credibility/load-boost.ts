/**
 * Loads the World Bank BOOST extract (`data/boost-budget-execution.csv`: whole-government
 * approved and executed budgets, 4 G5 countries) into the table `boost`, with fixed column types
 * (as load-milex.ts does) and the source's 'Toatal' sector read as the total line.
 */
import type { Engine } from '../db/engine.ts';
import { sqlString } from '../db/sql.ts';
import sql from './load-boost.sql?raw';

/** Manifest id of the dataset, for provenance lines. */
export const BOOST_DATASET_ID = 'boost-budget-execution';

export async function loadBoost(engine: Engine, path: string): Promise<void> {
	await engine.exec(sql.replace('/* path */', sqlString(path)));
}
