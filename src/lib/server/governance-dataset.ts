/**
 * The default dataset with the governance tables, in Node's DuckDB: for build-time prerendering
 * of the topic views (real data first) and the CLI. The browser loads the same CSVs
 * (`governance/browser-governance.ts`).
 */
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import {
	GOVERNANCE_TABLES,
	loadGovernance,
	type GovernanceTable
} from '../governance/load-governance.ts';
import { DATA_DIR, openDefaultDataset } from './default-dataset.ts';

let ready: Promise<Engine> | undefined;

/** SIPRI's `milex` plus `governance_scores`, `national_budgets`, `governance_events`. */
export function openGovernanceDataset(): Promise<Engine> {
	ready ??= (async () => {
		const engine = await openDefaultDataset();
		const paths = Object.fromEntries(
			Object.entries(GOVERNANCE_TABLES).map(([table, spec]) => [table, join(DATA_DIR, spec.file)])
		) as Record<GovernanceTable, string>;
		await loadGovernance(engine, paths);
		return engine;
	})();
	return ready;
}
