/**
 * Which datasets a figure was computed from, in words: the user's file names, the publisher's
 * file and name on a published Vigie, or the demo's label. Views pass the distinct `dataset_id`s
 * of the rows behind a chart.
 */
import type { DatasetRecord } from '../ingest/persist/dataset-record.ts';
import { sitePublication, sitePublishedDataset } from '../publish/site-publication.ts';
import { isDemoDataset } from './demo-data.ts';

/** `published:<name>` → « niger-budget.csv (Observatoire citoyen) ». */
function publishedName(id: string): string | undefined {
	const d = sitePublishedDataset(id);
	return d && `${d.source.name} (${sitePublication!.publisher.name})`;
}

/** One dataset's name, as a source row's link or a drill's column gives it. */
export function datasetName(
	id: string,
	datasets: Pick<DatasetRecord, 'id' | 'name'>[],
	demoLabel: string
): string {
	if (isDemoDataset(id)) return demoLabel;
	return datasets.find((d) => d.id === id)?.name ?? publishedName(id) ?? id;
}

export function datasetNames(
	ids: Iterable<string>,
	datasets: Pick<DatasetRecord, 'id' | 'name'>[],
	demoLabel: string
): string[] {
	const out = new Set<string>();
	for (const id of ids) out.add(datasetName(id, datasets, demoLabel));
	return [...out].sort((a, b) => a.localeCompare(b));
}
