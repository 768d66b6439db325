/**
 * `donnees/datapackage.json`: the published folder as a Frictionless Data Package, the form
 * OpenSpending and open-data portals read (https://specs.frictionlessdata.io/data-package/).
 * One resource per file with its path, format, media type, encoding, size and SHA-256; each
 * canonical CSV with its Table Schema (from the one zod definition of the fields) and its
 * source file; the indicator set with its own schema; the publisher as source and contributor,
 * and the licence.
 */
import { slugify } from '../format/slug.ts';
import { translate, type Locale, type MessageKey } from '../i18n/index.ts';
import { tableSchema, type TableSchema } from '../ingest/fields/table-schema.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { indicatorSetSchema } from './indicator-set-schema.ts';
import {
	INDICATOR_SET_FILES,
	PUBLICATION_FILE,
	publishedKinds,
	type Publication
} from './publication.ts';

export type Digest = { bytes: number; sha256: string };

export interface DataResource {
	name: string;
	path: string;
	title: string;
	description?: string;
	profile: 'tabular-data-resource' | 'data-resource';
	format: 'csv' | 'json';
	mediatype: 'text/csv' | 'application/json';
	encoding: 'utf-8';
	bytes: number;
	hash: string;
	dialect?: { delimiter: ','; doubleQuote: true; header: true; commentChar?: '#' };
	schema?: TableSchema;
	sources?: Array<{ title: string; path?: string }>;
}

export interface DataPackage {
	profile: 'data-package';
	name: string;
	title: string;
	description: string;
	homepage?: string;
	created: string;
	licenses: Array<{ name: string; title: string; path?: string }>;
	sources: Array<{ title: string; path?: string }>;
	contributors: Array<{ title: string; path?: string; role: 'publisher' }>;
	keywords: string[];
	resources: DataResource[];
}

const SIPRI_SOURCE = {
	title: 'SIPRI Military Expenditure Database (2025)',
	path: 'https://www.sipri.org/databases/milex'
};
const CSV = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' } as const;
const JSON_FILE = { format: 'json', mediatype: 'application/json', encoding: 'utf-8' } as const;
const DIALECT = { delimiter: ',', doubleQuote: true, header: true } as const;

/** Size and `sha256:` hash as Data Package writes them (MD5 is the default without a prefix). */
const sized = (d: Digest) => ({ bytes: d.bytes, hash: `sha256:${d.sha256}` });

export function buildDataPackage(
	publication: Publication,
	files: { indicatorsJson: Digest; indicatorsCsv: Digest; publication: Digest },
	locale: Locale
): DataPackage {
	const t = (key: MessageKey, params?: Record<string, string | number>) =>
		translate(locale, key, params);
	const { publisher } = publication;
	const publisherSource = { title: publisher.name, ...(publisher.url && { path: publisher.url }) };
	const kindLabel = (kind: DataKind) => t(`import_kind_${kind}`);
	const datasets = publication.datasets.map((d): DataResource => ({
		name: d.name,
		path: d.path,
		title: t('datapackage_dataset_title', { kind: kindLabel(d.kind), file: d.source.name }),
		description: t('datapackage_dataset_description', { rows: d.rows, file: d.source.name }),
		profile: 'tabular-data-resource',
		...CSV,
		...sized(d),
		dialect: DIALECT,
		schema: tableSchema(d.kind, locale),
		sources: [{ title: `${publisher.name} — ${d.source.name} (sha256 ${d.source.sha256})` }]
	}));
	const given = publishedKinds(publication);
	const demo = (['budget', 'contracts', 'oversight'] as const).filter((k) => !given.includes(k));
	const indicatorsText = [
		t('datapackage_indicators_description', { version: publication.methodology_version }),
		...(demo.length
			? [t('datapackage_indicators_demo', { kinds: demo.map(kindLabel).join(', ') })]
			: [])
	].join(' ');
	const indicatorSources = [publisherSource, SIPRI_SOURCE];
	return {
		profile: 'data-package',
		name: `vigie-${slugify(publisher.name, 'publication')}`,
		title: publication.title ?? `Vigie — ${publisher.name}`,
		description: t('datapackage_description', { publisher: publisher.name }),
		...(publisher.url && { homepage: publisher.url }),
		created: publication.published,
		licenses: [publication.licence],
		sources: [publisherSource, SIPRI_SOURCE],
		contributors: [{ ...publisherSource, role: 'publisher' }],
		keywords: ['defence', 'security', 'budget', 'procurement', 'oversight', 'Sahel'],
		resources: [
			...datasets,
			{
				name: 'indicateurs-csv',
				path: INDICATOR_SET_FILES.csv,
				title: t('datapackage_indicators_title', { format: 'CSV' }),
				description: indicatorsText,
				profile: 'tabular-data-resource',
				...CSV,
				...sized(files.indicatorsCsv),
				dialect: { ...DIALECT, commentChar: '#' },
				schema: indicatorSetSchema(),
				sources: indicatorSources
			},
			{
				name: 'indicateurs-json',
				path: INDICATOR_SET_FILES.json,
				title: t('datapackage_indicators_title', { format: 'JSON' }),
				description: indicatorsText,
				profile: 'data-resource',
				...JSON_FILE,
				...sized(files.indicatorsJson),
				sources: indicatorSources
			},
			{
				name: 'publication',
				path: PUBLICATION_FILE,
				title: t('datapackage_publication_title'),
				profile: 'data-resource',
				...JSON_FILE,
				...sized(files.publication)
			}
		]
	};
}
