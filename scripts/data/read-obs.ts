import Papa from 'papaparse';
import { githubUrl, type GovernanceRow } from './governance-row.ts';
import { SOURCE_FILES } from './source-files.ts';

/** The OBS file's columns → Vigie's indicator ids, in output order. */
export const OBS_COLUMNS: Record<string, string> = {
	budget_transparency_score: 'transparency',
	public_participation_score: 'participation',
	legislative_oversight_score: 'legislative_oversight',
	supreme_audit_oversight_score: 'audit_oversight',
	oversight_score: 'oversight'
};

/** The four surveyed G5 countries; Mauritania is not in the Open Budget Survey. */
export const OBS_COUNTRIES = ['BFA', 'MLI', 'NER', 'TCD'];

/** Where the oddities listed in SOURCES.md sit, so each is said on its own row. */
const OBS_NOTES: Record<string, string> = {
	'BFA 2023 legislative_oversight':
		'The source gives 38.8333 in all three oversight columns for BFA 2023 (legislative, audit, overall); IBP’s 2023 country page shows overall oversight 39.',
	'BFA 2023 audit_oversight':
		'The source gives 38.8333 in all three oversight columns for BFA 2023 (legislative, audit, overall).',
	'BFA 2023 oversight':
		'The source gives 38.8333 in all three oversight columns for BFA 2023 (legislative, audit, overall); IBP’s 2023 country page shows 39.',
	'MLI 2023 oversight':
		'Same value as MLI 2019 in the source (42.5), as are the legislative (30.4167) and audit (66.6667) scores.',
	'MLI 2023 legislative_oversight': 'Same value as MLI 2019 in the source (30.4167).',
	'TCD 2015 transparency':
		'IBP’s archive page for Chad (OBS 2015) shows 5/100, not 3.98: both are kept (see the obs row of that page).'
};

/** The page the R script that built the file read (World Bank Data360, IBP_OBS). */
const DATA360_URL = 'https://data360files.worldbank.org/data360-data/data/IBP_OBS/IBP_OBS.csv';

/**
 * Reads `open_budget_scores.csv` (one row per country and round, scores 0–100) into one row per
 * published score of the surveyed G5 countries. An empty cell (participation before 2012, overall
 * oversight before 2017) gives no row. The score keeps the file's exact text; value is its number.
 */
export function readObsScores(text: string): GovernanceRow[] {
	const { data, meta } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	const absent = ['country_code', 'year', ...Object.keys(OBS_COLUMNS)].filter(
		(c) => !(meta.fields ?? []).includes(c)
	);
	if (absent.length) throw new Error(`OBS file lacks ${absent.join(', ')}`);
	const rows: GovernanceRow[] = [];
	for (const r of data) {
		const country = r['country_code'] as string;
		if (!OBS_COUNTRIES.includes(country)) continue;
		const year = Number(r['year']);
		if (!Number.isInteger(year)) throw new Error(`OBS ${country}: bad year ${r['year']}`);
		for (const [column, indicator] of Object.entries(OBS_COLUMNS)) {
			const score = (r[column] ?? '').trim();
			if (score === '') continue;
			const value = Number(score);
			if (!Number.isFinite(value) || value < 0 || value > 100)
				throw new Error(`OBS ${country} ${year} ${column}: bad score "${score}"`);
			rows.push({
				source: 'obs',
				edition: `OBS ${year}`,
				country,
				year,
				indicator,
				dimension: '',
				score,
				value,
				note: OBS_NOTES[`${country} ${year} ${indicator}`] ?? '',
				source_title: `International Budget Partnership, Open Budget Survey ${year}, via World Bank Data360 (IBP_OBS)`,
				source_url: DATA360_URL,
				publisher: 'International Budget Partnership',
				published: ''
			});
		}
	}
	return rows;
}

/** The explorer's document keys → Vigie's ids, in the order of the budget cycle. */
export const OBS_DOCUMENTS: Record<string, string> = {
	prebudgetstatement: 'pre_budget_statement',
	executivesbudgetproposal: 'executives_budget_proposal',
	enactedbudget: 'enacted_budget',
	citizensbudget: 'citizens_budget',
	inyearreports: 'in_year_reports',
	midyearreview: 'mid_year_review',
	yearendreport: 'year_end_report',
	auditreport: 'audit_report'
};

const ALPHA2: Record<string, string> = { BF: 'BFA', ML: 'MLI', NE: 'NER', TD: 'TCD' };
const AVAILABILITY = /^(PW|HC|SC|IU|NP|PL)$/;

type Explorer = { availability: Record<string, Record<string, string>>[] };

/**
 * Reads which of the eight key budget documents were public in each OBS round 2006–2015, from the
 * IBP survey explorer's download. Codes are kept as published: PW / HC / SC = public (web, hard
 * copy, soft copy), IU = internal use only, NP = not produced, PL = published late.
 */
export function readObsAvailability(text: string): GovernanceRow[] {
	const explorer = JSON.parse(text) as Explorer;
	const f = SOURCE_FILES.obsExplorer;
	const rows: GovernanceRow[] = [];
	for (const entry of explorer.availability) {
		const rounds = Object.keys(entry).sort();
		for (const round of rounds) {
			const cell = entry[round] as Record<string, string>;
			const country = ALPHA2[cell['alpha2'] ?? ''];
			if (!country) continue;
			const year = Number(round.replace('db_', ''));
			for (const [key, document] of Object.entries(OBS_DOCUMENTS)) {
				const score = cell[key] ?? '';
				if (!AVAILABILITY.test(score))
					throw new Error(`OBS explorer ${country} ${year} ${key}: bad code "${score}"`);
				rows.push({
					source: 'obs',
					edition: `OBS ${year}`,
					country,
					year,
					indicator: 'document_availability',
					dimension: document,
					score,
					value: null,
					note: '',
					source_title: `International Budget Partnership, Open Budget Survey ${year}: public availability of the eight key budget documents (OBS explorer download, 2015)`,
					source_url: githubUrl(f.repository, f.commit, f.repositoryPath),
					publisher: 'International Budget Partnership',
					published: ''
				});
			}
		}
	}
	return rows.sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
}
