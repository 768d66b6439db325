/**
 * What the page and the CLI say about the SIPRI data they show: release, citation, and the unit
 * ("prices") of each series — all read from `data/manifest.json`, written by `npm run data`,
 * so a new release changes the wording with the numbers.
 */
export type Bilingual = { fr: string; en: string };

export type ManifestSeries = {
	id: string;
	unit: Bilingual;
	unit_code?: string;
	description?: Bilingual;
};
export type ManifestDataset = {
	id: string;
	file: string;
	title: Bilingual;
	publisher: string;
	release: string;
	citation: string;
	series: ManifestSeries[];
	currencies?: Record<string, string>;
};
export type Manifest = { version: number; datasets: ManifestDataset[] };

export type SipriMeta = {
	release: string;
	citation: string;
	publisher: string;
	prices: Record<string, Bilingual>;
	currencies: Record<string, string>;
};

export const SIPRI_FILE = 'sipri-milex.csv';

export function sipriMeta(manifest: Manifest): SipriMeta {
	const dataset = manifest.datasets.find((d) => d.file === SIPRI_FILE);
	if (!dataset) throw new Error(`data/manifest.json lists no ${SIPRI_FILE}: run npm run data`);
	return {
		release: dataset.release,
		citation: dataset.citation,
		publisher: dataset.publisher,
		prices: Object.fromEntries(dataset.series.map((s) => [s.id, s.unit])),
		currencies: dataset.currencies ?? {}
	};
}

/** Node only: reads the manifest from the repository's `data/` folder. */
export async function readManifest(): Promise<Manifest> {
	const { readFile } = await import('node:fs/promises');
	const { join } = await import('node:path');
	return JSON.parse(
		await readFile(join(process.cwd(), 'data', 'manifest.json'), 'utf8')
	) as Manifest;
}
