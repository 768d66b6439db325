/**
 * One row of `data/governance-scores.csv`: a published score of a PEFA assessment, an Open
 * Budget Survey round or a Government Defence Integrity Index page, with its source.
 */
export interface GovernanceRow {
	source: 'pefa' | 'obs' | 'gdi';
	edition: string;
	country: string;
	year: number;
	indicator: string;
	/** A dimension or sub-item of the indicator; empty for the indicator's own score. */
	dimension: string;
	/** Exactly as the source writes it: `B+`, `D*`, `NR`, `29.6697247706422`, `PW`, `E`… */
	score: string;
	/** The number behind the score where the source has one (OBS, GDI); null for letters. */
	value: number | null;
	note: string;
	source_title: string;
	source_url: string;
	publisher: string;
	/** ISO date (or year-month) of the source file or page, when it shows one. */
	published: string;
}

export const GOVERNANCE_HEADER = [
	'source',
	'edition',
	'country',
	'year',
	'indicator',
	'dimension',
	'score',
	'value',
	'note',
	'source_title',
	'source_url',
	'publisher',
	'published'
] as const;

/** The five countries Vigie is about, by the names the PEFA and OBS files use. */
export const G5_NAMES: Record<string, string> = {
	'Burkina Faso': 'BFA',
	Mali: 'MLI',
	Mauritania: 'MRT',
	Niger: 'NER',
	Chad: 'TCD'
};

/** A GitHub link to a file at a commit: the place a reader can open the source file. */
export function githubUrl(repository: string, commit: string, path: string): string {
	return `https://github.com/${repository}/blob/${commit}/${path}`;
}

/** The row as CSV fields in {@link GOVERNANCE_HEADER} order. */
export function governanceFields(r: GovernanceRow): (string | number | null)[] {
	return GOVERNANCE_HEADER.map((k) => r[k]);
}
