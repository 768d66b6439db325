/**
 * Which datasets a figure was computed from, in words: the user's file names, or the demo's
 * label. Views pass the distinct `dataset_id`s of the rows behind a chart.
 */
import type { DatasetRecord } from '../ingest/persist/dataset-record.ts';
import { isDemoDataset } from './demo-data.ts';

export function datasetNames(
	ids: Iterable<string>,
	datasets: Pick<DatasetRecord, 'id' | 'name'>[],
	demoLabel: string
): string[] {
	const names = new Map(datasets.map((d) => [d.id, d.name]));
	const out = new Set<string>();
	for (const id of ids) out.add(isDemoDataset(id) ? demoLabel : (names.get(id) ?? id));
	return [...out].sort((a, b) => a.localeCompare(b));
}
