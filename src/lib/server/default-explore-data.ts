/**
 * The exploration views' default datasets opened in Node's DuckDB, as the browser opens them
 * (`src/lib/explore/explore-workspace.ts`): SIPRI's series (`milex`, which the accountability
 * gap reads) and, for each kind of data, the site's default — the publisher's canonical CSVs on
 * a published Vigie (`VIGIE_PUBLICATION`, written by `vigie publish`), else the demonstration
 * file (`data/demo/`, labelled fictitious wherever it shows) — the same `syncDefaults` rule, read
 * from disk instead of over HTTP. Used at build time to prerender the views. One engine per
 * build, opened once.
 */
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDefaults, type PublishedDefaults } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { publishedDatasets } from '../publish/publication.ts';
import {
	publicationDir,
	publishedFileReader,
	readPublication
} from '../publish/read-publication.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { DATA_DIR } from './default-dataset.ts';

export type DefaultExploreData = {
	engine: Engine;
	demoKinds: DataKind[];
	publishedKinds: DataKind[];
};

let opened: Promise<DefaultExploreData> | undefined;

/** The publisher's datasets, when the build is a publication's; else none. */
export async function publishedDefaults(): Promise<PublishedDefaults | undefined> {
	const dir = publicationDir();
	if (!dir) return undefined;
	const publication = await readPublication(dir);
	return { datasets: publishedDatasets(publication), read: publishedFileReader(dir) };
}

/** The engine with the default datasets: the publisher's kinds, demo for the others. */
export function openDefaultExploreData(): Promise<DefaultExploreData> {
	opened ??= (async () => {
		const engine = await openNodeEngine();
		await loadMilex(engine, join(DATA_DIR, 'sipri-milex.csv'));
		const demo = nodeDemoReader(join(DATA_DIR, 'demo'));
		const kinds = await syncDefaults(engine, [], demo, await publishedDefaults());
		return { engine, ...kinds };
	})();
	return opened;
}
