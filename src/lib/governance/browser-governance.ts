/**
 * Browser side: the governance tables in the page's duckdb-wasm, beside SIPRI's `milex` table (the
 * accountability matrix needs both). The CSVs are bundled by Vite and served by the site itself.
 */
import type { Engine } from '../db/engine.ts';
import { trendsEngine } from '../trends/browser-trends.ts';
import { GOVERNANCE_TABLES, loadGovernance, type GovernanceTable } from './load-governance.ts';
import scoresUrl from '../../../data/governance-scores.csv?url';
import budgetsUrl from '../../../data/national-budgets.csv?url';
import eventsUrl from '../../../data/events.csv?url';

const URLS: Record<GovernanceTable, string> = {
	governance_scores: scoresUrl,
	national_budgets: budgetsUrl,
	governance_events: eventsUrl
};

/** One load per engine: a restarted engine (after a worker crash) loads the files again. */
const loaded = new WeakMap<Engine, Promise<void>>();

/** The page's engine with `milex` and the three governance tables loaded. */
export async function governanceEngine(): Promise<Engine> {
	const engine = await trendsEngine();
	let ready = loaded.get(engine);
	if (!ready) {
		ready = load(engine).catch((error: unknown) => {
			loaded.delete(engine);
			throw error;
		});
		loaded.set(engine, ready);
	}
	await ready;
	return engine;
}

async function load(engine: Engine): Promise<void> {
	const entries = Object.entries(URLS) as [GovernanceTable, string][];
	const paths = await Promise.all(
		entries.map(async ([table, url]) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			const bytes = new Uint8Array(await response.arrayBuffer());
			return [table, await engine.registerFile(GOVERNANCE_TABLES[table].file, bytes)] as const;
		})
	);
	await loadGovernance(engine, Object.fromEntries(paths) as Record<GovernanceTable, string>);
}
