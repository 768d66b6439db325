/**
 * The publication this site was built with (`vigie publish`), or null on the demonstration site:
 * set at build time by `vite-publication.ts`, so pages read it without a request. Only modules
 * that Vite builds (pages, components, browser code) may import this; Node code reads
 * `publication.json` itself (`read-publication.ts`).
 */
import publication from 'virtual:vigie/publication';
import { publishedDatasetId, type Publication, type PublishedDataset } from './publication.ts';

export const sitePublication: Publication | null = publication;

/** The published dataset whose rows carry `dataset_id` = `id`, if this site has one. */
export const sitePublishedDataset = (id: string): PublishedDataset | undefined =>
	sitePublication?.datasets.find((d) => publishedDatasetId(d.name) === id);
