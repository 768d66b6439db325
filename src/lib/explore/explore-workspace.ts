/**
 * Browser entry point of the exploration views: the user's workspace (one duckdb-wasm engine,
 * the imported datasets replayed) plus SIPRI's series, with the site's default rows put in or
 * taken out for each kind of data (see `demo-data.ts`): on a published Vigie, the publisher's
 * canonical CSVs, fetched from the site itself (`donnees/`, under the base path); else the
 * demonstration files. A visitor's own import replaces the default of its kind; removing it
 * brings the default back. Calls are serialised so two views opening at once cannot load the
 * defaults twice.
 */
import { base } from '$app/paths';
import type { Engine } from '../db/engine.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { DATA_FOLDER, publishedDatasets } from '../publish/publication.ts';
import { sitePublication } from '../publish/site-publication.ts';
import { openWorkspace, workspace } from '../workspace/workspace.svelte.ts';
import { syncDefaults, type DemoReader, type PublishedDefaults } from './demo-data.ts';
import budgetUrl from '../../../data/demo/budget-lines.csv?url';
import contractsUrl from '../../../data/demo/contracts.csv?url';
import oversightUrl from '../../../data/demo/oversight-events.csv?url';

const DEMO_URLS: Record<DataKind, string> = {
	budget: budgetUrl,
	contracts: contractsUrl,
	oversight: oversightUrl
};

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

export const fetchDemo: DemoReader = (kind) => fetchBytes(DEMO_URLS[kind]);

/** The publisher's datasets, read from the published site: none on the demonstration site. */
const published: PublishedDefaults | undefined = sitePublication
	? {
			datasets: publishedDatasets(sitePublication),
			read: (path) => fetchBytes(`${base}/${DATA_FOLDER}/${path}`)
		}
	: undefined;

export type ExploreData = {
	engine: Engine;
	/** Kinds of data currently shown from the demo, because the user has imported none. */
	demoKinds: DataKind[];
	/** Kinds shown from the publisher's datasets (a published Vigie), the user having none. */
	publishedKinds: DataKind[];
};

let queue: Promise<unknown> = Promise.resolve();

/** Opens (once) the engine with user data, the defaults where none, and SIPRI's `milex`. */
export function exploreData(): Promise<ExploreData> {
	const next = queue.then(async () => {
		const [{ engine }, { trendsEngine }] = await Promise.all([
			openWorkspace(),
			import('../trends/browser-trends.ts')
		]);
		await trendsEngine();
		const kinds = workspace.datasets.map((d) => d.kind);
		return { engine, ...(await syncDefaults(engine, kinds, fetchDemo, published)) };
	});
	queue = next.catch(() => {});
	return next;
}
