import Papa from 'papaparse';
import { G5_NAMES, githubUrl, type GovernanceRow } from './governance-row.ts';
import { SOURCE_FILES } from './source-files.ts';

/** The PEFA score codes the batch download uses (A–D with `+`, `D*`, not rated/applicable/used). */
const PEFA_SCORE = /^(A|B\+?|C\+?|D[+*]?|NR|NA|NU)$/;

/** Notes the converter attaches to particular assessments (from SOURCES.md and the file). */
const ASSESSMENT_NOTES: Record<string, string> = {
	'TCD 2018':
		'Assessment year 2018: the report is titled "PEFA Tchad 2017" and passed the PEFA Check on 5 July 2018.',
	'NER 2023': 'Assessment year 2023; it covers fiscal years 2019–2021.'
};

/** `PI-01.1` → `PI-1.1`: the notation of PEFA's own reports. */
export function pefaCode(column: string): string {
	return column.replace(/^PI-0?(\d+)/, 'PI-$1');
}

/**
 * Reads the PEFA Secretariat's batch download (2016 framework, one wide row per assessment) and
 * returns one row per indicator and dimension score of the G5 assessments, in the file's column
 * order. Sub-national `UHLG` columns are not national scores and are left out. Throws on a score
 * that is not a PEFA code, so a shifted column cannot pass unnoticed.
 */
export function readPefa(text: string): GovernanceRow[] {
	const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	const [header = [], ...body] = data;
	if (header[1] !== 'Country' || header[2] !== 'Year') throw new Error('PEFA file: bad header');
	const f = SOURCE_FILES.pefa;
	const rows: GovernanceRow[] = [];
	for (const record of body) {
		const country = G5_NAMES[record[1] ?? ''];
		if (!country) continue;
		const year = Number(record[2]);
		const framework = record[0] ?? '';
		header.forEach((column, i) => {
			if (!column.startsWith('PI-')) return;
			const score = (record[i] ?? '').trim();
			if (!PEFA_SCORE.test(score))
				throw new Error(`PEFA ${country} ${year} ${column}: unexpected score "${score}"`);
			const code = pefaCode(column);
			rows.push({
				source: 'pefa',
				edition: `PEFA ${framework} framework`,
				country,
				year,
				indicator: code.split('.')[0] as string,
				dimension: code.includes('.') ? code : '',
				score,
				value: null,
				note: ASSESSMENT_NOTES[`${country} ${year}`] ?? '',
				source_title: `PEFA assessment ${record[1]} ${year}, PEFA batch download (2016 framework)`,
				source_url: githubUrl(f.repository, f.commit, f.repositoryPath),
				publisher: 'PEFA Secretariat (pefa.org)',
				published: '2024-10-28'
			});
		});
	}
	return rows;
}
