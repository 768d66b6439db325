/**
 * The site's shipped data opened in a fresh Node DuckDB — SIPRI's `milex`, the three governance
 * tables and, on request, the demonstration records — for the unit tests of the layers that may
 * not reach the build's own engines (`src/lib/server/`). Same loaders, same files.
 */
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { GOVERNANCE_TABLES, loadGovernance, type GovernanceTable } from './load-governance.ts';

const DATA = join(process.cwd(), 'data');

export async function openShippedData(
	opts: { demo?: boolean } = {}
): Promise<{ engine: Engine; demoKinds: DataKind[] }> {
	const engine = await openNodeEngine();
	await loadMilex(engine, join(DATA, 'sipri-milex.csv'));
	const paths = Object.fromEntries(
		Object.entries(GOVERNANCE_TABLES).map(([table, spec]) => [table, join(DATA, spec.file)])
	) as Record<GovernanceTable, string>;
	await loadGovernance(engine, paths);
	const demoKinds = opts.demo ? await syncDemo(engine, [], nodeDemoReader(join(DATA, 'demo'))) : [];
	return { engine, demoKinds };
}
