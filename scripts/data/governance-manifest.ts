import { createHash } from 'node:crypto';
import type { GovernanceTables } from './convert-governance.ts';
import { BUDGET_NOTES, EVENT_NOTES, GDI_NOTES, OBS_NOTES, PEFA_NOTES } from './governance-notes.ts';
import { retrievedFrom, yearRange } from './manifest-fields.ts';
import type { Bilingual } from './sipri-series.ts';
import { SOURCE_FILES } from './source-files.ts';

/** SHA-256 of each governance input, by role. */
export interface GovernanceHashes {
	pefa: string;
	obsScores: string;
	obsExplorer: string;
	citedScores: string;
	citedBudgets: string;
	citedEvents: string;
}

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Country → sorted years present (the assessments of each country). */
const byCountry = (rows: { country: string; year: number }[]) => {
	const years = new Map<string, Set<number>>();
	for (const r of rows) years.set(r.country, (years.get(r.country) ?? new Set()).add(r.year));
	return Object.fromEntries(
		[...years]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([c, set]) => [c, [...set].sort((x, y) => x - y)])
	);
};
const urls = (rows: { source_url: string }[]) => new Set(rows.map((r) => r.source_url)).size;
const bySearch = (file: string) => ({
	method: 'search of stored public web pages (each row cites its page)',
	compiled_in: `scripts/data/cited/${file}`
});
const CHECK_REUSE: Bilingual = {
	fr: 'Faits publiés, cités page par page ; vérifier les conditions de chaque site avant toute réutilisation des textes.',
	en: 'Published facts, cited page by page; check each site’s terms before reusing any text.'
};

/** Manifest entries for the governance scores, national budgets and events. */
export function governanceDatasets(t: GovernanceTables, h: GovernanceHashes) {
	const pefa = t.scores.filter((r) => r.source === 'pefa');
	const obs = t.scores.filter((r) => r.source === 'obs');
	const gdi = t.scores.filter((r) => r.source === 'gdi');
	const file = 'governance-scores.csv';
	return [
		{
			id: 'pefa-2016',
			file,
			filter: { source: 'pefa' },
			title: { fr: 'Évaluations PEFA (cadre 2016)', en: 'PEFA assessments (2016 framework)' },
			publisher: 'PEFA Secretariat',
			release: 'pefa.org batch download of 28 October 2024, 2016 framework',
			citation: 'PEFA Secretariat, PEFA assessment (country, year), https://www.pefa.org',
			licence: {
				fr: 'Scores publiés par le Secrétariat PEFA ; conditions de réutilisation à vérifier sur pefa.org.',
				en: 'Scores published by the PEFA Secretariat; check pefa.org’s terms before reuse.'
			},
			retrieved_from: retrievedFrom(SOURCE_FILES.pefa),
			source_sha256: h.pefa,
			rows: pefa.length,
			assessments: byCountry(pefa),
			series: [
				{
					id: 'pefa_score',
					unit: { fr: 'note A–D (A = meilleure)', en: 'A–D grade (A = best)' },
					unit_code: 'grade',
					years: yearRange(pefa)
				}
			],
			notes: PEFA_NOTES
		},
		{
			id: 'obs',
			file,
			filter: { source: 'obs' },
			title: { fr: 'Enquête sur le budget ouvert (IBP)', en: 'Open Budget Survey (IBP)' },
			publisher: 'International Budget Partnership',
			release:
				'OBS 2006–2023 via World Bank Data360 IBP_OBS (accessed 2025-07-29); OBS explorer download 2015',
			citation:
				'International Budget Partnership, Open Budget Survey (year), via World Bank Data360',
			licence: {
				fr: 'Licence non précisée par les fichiers sources ; vérifier les conditions de l’IBP et de Data360 avant réutilisation.',
				en: 'Licence not stated by the source files; check IBP’s and Data360’s terms before reuse.'
			},
			retrieved_from: retrievedFrom(SOURCE_FILES.obsScores),
			source_sha256: h.obsScores,
			additional_sources: [
				{ retrieved_from: retrievedFrom(SOURCE_FILES.obsExplorer), source_sha256: h.obsExplorer },
				{ retrieved_from: bySearch('governance-scores.csv'), source_sha256: h.citedScores }
			],
			rows: obs.length,
			countries: ['BFA', 'MLI', 'NER', 'TCD'],
			not_covered: ['MRT'],
			series: [
				{
					id: 'obs_score',
					unit: { fr: 'score sur 100', en: 'score out of 100' },
					unit_code: 'score_100',
					years: yearRange(obs)
				}
			],
			notes: OBS_NOTES
		},
		{
			id: 'gdi',
			file,
			filter: { source: 'gdi' },
			title: {
				fr: 'Indice d’intégrité de la défense (GDI 2020, Transparency International)',
				en: 'Government Defence Integrity Index (GDI 2020, Transparency International)'
			},
			publisher: 'Transparency International Defence & Security',
			release: 'GDI 2020 country pages (data collected 2018–2019); GI 2015 for MRT and TCD',
			citation:
				'Transparency International Defence & Security, Government Defence Integrity Index 2020, https://ti-defence.org/gdi',
			licence: CHECK_REUSE,
			retrieved_from: bySearch('governance-scores.csv'),
			source_sha256: h.citedScores,
			rows: gdi.length,
			url_count: urls(gdi),
			countries: ['BFA', 'MLI', 'NER'],
			not_covered: ['MRT', 'TCD'],
			series: [
				{
					id: 'gdi_score',
					unit: { fr: 'bande A–F et score sur 100', en: 'band A–F and score out of 100' },
					unit_code: 'band_score_100',
					years: yearRange(gdi)
				}
			],
			notes: GDI_NOTES
		},
		citedDataset('national-budgets', t.budgets, h.citedBudgets, {
			title: {
				fr: 'Budgets nationaux de défense et de sécurité (lois de finances)',
				en: 'National defence and security budgets (finance laws)'
			},
			notes: BUDGET_NOTES
		}),
		citedDataset('events', t.events, h.citedEvents, {
			title: {
				fr: 'Événements datés (coups d’État, lois, rapports de contrôle)',
				en: 'Dated events (coups, laws, audit reports)'
			},
			notes: EVENT_NOTES
		})
	];
}

function citedDataset(
	id: string,
	rows: { country: string; source_url: string }[],
	hash: string,
	meta: { title: Bilingual; notes: Bilingual[] }
) {
	return {
		id,
		file: `${id}.csv`,
		title: meta.title,
		publisher: 'Various: each row names its publisher',
		release: 'Compiled for Vigie from public pages; see each row',
		citation: 'Each row’s source_title, publisher and source_url',
		licence: CHECK_REUSE,
		retrieved_from: bySearch(`${id}.csv`),
		source_sha256: hash,
		rows: rows.length,
		url_count: urls(rows),
		countries: [...new Set(rows.map((r) => r.country))].sort(),
		series: [],
		notes: meta.notes
	};
}
