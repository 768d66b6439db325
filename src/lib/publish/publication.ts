/**
 * A published Vigie (`vigie publish`): the publisher's datasets become the site's default data,
 * kind by kind, in place of the demonstration files. `publication.json` (written beside the
 * canonical CSVs, in `DIR/donnees/`) says who published what and when, with each source file's
 * SHA-256; the build reads it (Node: `read-publication.ts`; pages: the `virtual:vigie/publication`
 * module, `site-publication.ts`). Pure data, shared by Node and the browser.
 */
import { DATA_KINDS, type DataKind } from '../ingest/fields/kinds.ts';

export const PUBLICATION_FORMAT = 'vigie-publication/1';
/** The published data's folder, under the site's base path. */
export const DATA_FOLDER = 'donnees';
export const PUBLICATION_FILE = 'publication.json';
export const DATAPACKAGE_FILE = 'datapackage.json';
export const INDICATOR_SET_FILES = { json: 'indicateurs.json', csv: 'indicateurs.csv' } as const;

/** The file the publisher gave, as read: what the indicator set's fingerprint hashes. */
export interface PublishedSource {
	name: string;
	bytes: number;
	sha256: string;
	/** SHA-256 of the frozen import options (indicators/fingerprint.ts, step 2). */
	options_sha256: string;
	/** Detected format (`csv`, `xlsx`, `ocds-release-package`…) and the sheet read. */
	format: string;
	sheet?: string;
}

/** One published dataset: one canonical CSV under `donnees/`, from one source file. */
export interface PublishedDataset {
	/** Data Package resource name and file stem: lower case `[a-z0-9-]`. */
	name: string;
	kind: DataKind;
	/** Relative to `donnees/`. */
	path: string;
	rows: number;
	/** Rows of the source the importer rejected (published only with `--allow-rejected`). */
	rejected: number;
	bytes: number;
	sha256: string;
	source: PublishedSource;
}

export interface Publication {
	format: typeof PUBLICATION_FORMAT;
	publisher: { name: string; url?: string };
	/** Replaces « Vigie » as the site's name. */
	title?: string;
	/** ISO 8601 date-time. */
	published: string;
	app_version: string;
	methodology_version: string;
	licence: { name: string; title: string; path?: string };
	datasets: PublishedDataset[];
	/** The published indicator set's fingerprint (`donnees/indicateurs.json`). */
	indicators: { fingerprint: string };
}

/** `dataset_id` of a published dataset's rows: `:` never occurs in an import's id (a slug). */
export const publishedDatasetId = (name: string) => `published:${name}`;
export const isPublishedDataset = (id: string) => id.startsWith('published:');

/** The kinds a publication gives, in the app's order. */
export function publishedKinds(publication: Publication | null): DataKind[] {
	const kinds = new Set(publication?.datasets.map((d) => d.kind) ?? []);
	return DATA_KINDS.filter((k) => kinds.has(k));
}

/** The datasets as the default-data loader takes them (`explore/demo-data.ts`, `syncDefaults`). */
export function publishedDatasets(publication: Publication) {
	return publication.datasets.map((d) => ({
		id: publishedDatasetId(d.name),
		kind: d.kind,
		path: d.path
	}));
}

/** The publisher's source files of `kinds` as the indicator set's fingerprint lists them. */
export function publishedInputHashes(publication: Publication | null, kinds: readonly DataKind[]) {
	return (publication?.datasets ?? [])
		.filter((d) => kinds.includes(d.kind))
		.map((d) => ({
			name: d.source.name,
			sha256: d.source.sha256,
			options_sha256: d.source.options_sha256
		}));
}
