/**
 * The exploration views' default datasets opened in Node's DuckDB, as the browser opens them
 * (`src/lib/explore/explore-workspace.ts`): SIPRI's series (`milex`, which the accountability
 * gap reads) and, for each kind of data, the demonstration file (`data/demo/`, labelled
 * fictitious wherever it shows) — the same `syncDemo` rule, read from disk instead of over HTTP.
 * Used at build time to prerender the views. One engine per build, opened once.
 */
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { DATA_DIR } from './default-dataset.ts';

export type DefaultExploreData = { engine: Engine; demoKinds: DataKind[] };

let opened: Promise<DefaultExploreData> | undefined;

/**
 * The engine with the default datasets. A published site (issue 16) will load its publisher's
 * files here in place of the demonstration data, kind by kind; until then no kind is the user's.
 */
export function openDefaultExploreData(): Promise<DefaultExploreData> {
	opened ??= (async () => {
		const engine = await openNodeEngine();
		await loadMilex(engine, join(DATA_DIR, 'sipri-milex.csv'));
		const demoKinds = await syncDemo(engine, [], nodeDemoReader(join(DATA_DIR, 'demo')));
		return { engine, demoKinds };
	})();
	return opened;
}
