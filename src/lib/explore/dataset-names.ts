/**
 * Which datasets a figure was computed from, in words: the user's file names, the publisher's
 * file and name on a published Vigie, or the demo's label. Views pass the distinct `dataset_id`s
 * of the rows behind a chart.
 */
import type { DatasetRecord } from '../ingest/persist/dataset-record.ts';
import { publishedDatasetId } from '../publish/publication.ts';
import { sitePublication } from '../publish/site-publication.ts';
import { isDemoDataset } from './demo-data.ts';

/** `published:<name>` → « niger-budget.csv (Observatoire citoyen) ». */
const PUBLISHED = new Map(
	(sitePublication?.datasets ?? []).map((d) => [
		publishedDatasetId(d.name),
		`${d.source.name} (${sitePublication!.publisher.name})`
	])
);

export function datasetNames(
	ids: Iterable<string>,
	datasets: Pick<DatasetRecord, 'id' | 'name'>[],
	demoLabel: string
): string[] {
	const names = new Map(datasets.map((d) => [d.id, d.name]));
	const out = new Set<string>();
	for (const id of ids)
		out.add(isDemoDataset(id) ? demoLabel : (names.get(id) ?? PUBLISHED.get(id) ?? id));
	return [...out].sort((a, b) => a.localeCompare(b));
}
