/**
 * Node side of `vigie publish`, once every file passed: writes the publication's folder (what
 * becomes `DIR/donnees/`): one canonical CSV per dataset, the indicator set as JSON and CSV (the
 * page's download format), `publication.json` (who, when, which files with their SHA-256) and
 * `datapackage.json`, checked against the Frictionless rules before anything is published.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../db/engine.ts';
import type { Locale } from '../i18n/index.ts';
import { hashInput } from '../indicators/fingerprint.ts';
import { indicatorSetToCsv } from '../indicators/indicator-set-csv.ts';
import { indicatorSetToJson } from '../indicators/indicator-set-json.ts';
import { APP_VERSION, METHODOLOGY_VERSION } from '../indicators/methodology-version.ts';
import { buildDataPackage } from './datapackage.ts';
import type { ImportedSource } from './import-sources.ts';
import { publishedIndicatorSet } from './published-indicators.ts';
import {
	DATAPACKAGE_FILE,
	INDICATOR_SET_FILES,
	PUBLICATION_FILE,
	PUBLICATION_FORMAT,
	type Publication,
	type PublishedDataset
} from './publication.ts';
import { validateDataPackage } from './validate-datapackage.ts';
import { fileDigest, writeCanonicalCsv } from './write-datasets.ts';

export interface PublicationOptions {
	publisher: Publication['publisher'];
	title?: string;
	licence: Publication['licence'];
	locale: Locale;
	published?: Date;
}

async function publishedDataset(
	engine: Engine,
	source: ImportedSource,
	dir: string
): Promise<PublishedDataset> {
	const kind = source.kind!;
	const path = `${source.datasetId}.csv`;
	const written = await writeCanonicalCsv(engine, kind, source.datasetId, join(dir, path));
	const hashes = await hashInput({
		name: source.name,
		bytes: source.bytes,
		options: source.options
	});
	const { format, sheet } = source.result.source ?? { format: 'csv' };
	return {
		name: source.datasetId,
		kind,
		path,
		rows: source.result.accepted,
		rejected: source.result.rejected,
		...written,
		source: {
			name: source.name,
			bytes: source.bytes.byteLength,
			sha256: hashes.sha256,
			options_sha256: hashes.options_sha256!,
			format,
			...(sheet && { sheet })
		}
	};
}

const writeText = async (path: string, text: string) => {
	await writeFile(path, text);
	return fileDigest(path);
};

/** Writes the folder `dir` (emptied first) from the sources loaded in `engine`. */
export async function writePublication(
	engine: Engine,
	sources: readonly ImportedSource[],
	dir: string,
	options: PublicationOptions
): Promise<Publication> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	const published = options.published ?? new Date();
	const datasets: PublishedDataset[] = [];
	for (const source of sources)
		if (source.kind) datasets.push(await publishedDataset(engine, source, dir));
	const set = await publishedIndicatorSet(engine, sources, published);
	const indicatorsJson = await writeText(
		join(dir, INDICATOR_SET_FILES.json),
		indicatorSetToJson(set)
	);
	const indicatorsCsv = await writeText(join(dir, INDICATOR_SET_FILES.csv), indicatorSetToCsv(set));
	const publication: Publication = {
		format: PUBLICATION_FORMAT,
		publisher: options.publisher,
		...(options.title && { title: options.title }),
		published: published.toISOString(),
		app_version: APP_VERSION,
		methodology_version: METHODOLOGY_VERSION,
		licence: options.licence,
		datasets,
		indicators: { fingerprint: set.meta.fingerprint.value }
	};
	const pub = await writeText(
		join(dir, PUBLICATION_FILE),
		JSON.stringify(publication, null, 2) + '\n'
	);
	const pkg = buildDataPackage(
		publication,
		{ indicatorsJson, indicatorsCsv, publication: pub },
		options.locale
	);
	const breaches = validateDataPackage(pkg);
	if (breaches.length)
		throw new Error(`datapackage.json breaks the Frictionless rules:\n${breaches.join('\n')}`);
	await writeFile(join(dir, DATAPACKAGE_FILE), JSON.stringify(pkg, null, 2) + '\n');
	return publication;
}
