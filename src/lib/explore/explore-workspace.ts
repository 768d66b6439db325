/**
 * Browser entry point of the exploration views: the user's workspace (one duckdb-wasm engine,
 * the imported datasets replayed) plus SIPRI's series, with the demo rows put in or taken out
 * for each kind of data (see `demo-data.ts`). Calls are serialised so two views opening at
 * once cannot load the demo twice.
 */
import type { Engine } from '../db/engine.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { openWorkspace, workspace } from '../workspace/workspace.svelte.ts';
import { syncDemo, type DemoReader } from './demo-data.ts';
import budgetUrl from '../../../data/demo/budget-lines.csv?url';
import contractsUrl from '../../../data/demo/contracts.csv?url';
import oversightUrl from '../../../data/demo/oversight-events.csv?url';

const DEMO_URLS: Record<DataKind, string> = {
	budget: budgetUrl,
	contracts: contractsUrl,
	oversight: oversightUrl
};

export const fetchDemo: DemoReader = async (kind) => {
	const response = await fetch(DEMO_URLS[kind]);
	if (!response.ok) throw new Error(`${DEMO_URLS[kind]}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
};

export type ExploreData = {
	engine: Engine;
	/** Kinds of data currently shown from the demo, because the user has imported none. */
	demoKinds: DataKind[];
};

let queue: Promise<unknown> = Promise.resolve();

/** Opens (once) the engine with user data, demo where none, and SIPRI's `milex` table. */
export function exploreData(): Promise<ExploreData> {
	const next = queue.then(async () => {
		const [{ engine }, { trendsEngine }] = await Promise.all([
			openWorkspace(),
			import('../trends/browser-trends.ts')
		]);
		await trendsEngine();
		const kinds = workspace.datasets.map((d) => d.kind);
		return { engine, demoKinds: await syncDemo(engine, kinds, fetchDemo) };
	});
	queue = next.catch(() => {});
	return next;
}
