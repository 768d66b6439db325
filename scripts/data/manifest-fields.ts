import type { SourceFile } from './source-files.ts';

/** The manifest's `retrieved_from` block for one source file. */
export function retrievedFrom(source: SourceFile) {
	return { repository: source.repository, commit: source.commit, path: source.repositoryPath };
}

/** First and last year present in `rows`, or null when empty. */
export function yearRange(rows: { year: number }[]): [number, number] | null {
	if (rows.length === 0) return null;
	const years = rows.map((r) => r.year);
	return [Math.min(...years), Math.max(...years)];
}
