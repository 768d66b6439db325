/**
 * Cell values → canonical codes. A value matches a rule when its normalised text contains one of
 * the rule's phrases as whole words; rules are tried in order, so the more specific come first
 * ("projet de loi de finances" before "loi de finances"). Canonical codes match themselves.
 */
import type { CodeListName } from './field-specs.ts';

export type CodeRules = Array<[code: string, phrases: string[]]>;

const DEFENCE = ['defense', 'defence', 'armee', 'armees', 'forces armees', 'militaire', 'military'];
const SECURITY = [
	'securite',
	'security',
	'interieur',
	'police',
	'gendarmerie',
	'garde nationale',
	'protection civile',
	'surete',
	'interior'
];

export const CODE_RULES: Record<CodeListName, CodeRules> = {
	sector: [
		['defence', DEFENCE],
		['security', SECURITY],
		['other', ['autre', 'autres', 'other']]
	],
	category: [
		[
			'personnel',
			['personnel', 'salaires', 'remunerations', 'masse salariale', 'titre 2', 'wages']
		],
		[
			'goods_services',
			[
				'biens et services',
				'goods services',
				'goods and services',
				'fonctionnement',
				'materiel',
				'achats de biens',
				'titre 3'
			]
		],
		[
			'capital',
			[
				'investissement',
				'investissements',
				'depenses en capital',
				'capital',
				'equipement',
				'investment',
				'titre 5'
			]
		],
		['transfers', ['transferts', 'transfert', 'subventions', 'transfers', 'titre 4']],
		['other', ['autre', 'autres', 'other']]
	],
	method: [
		[
			'direct',
			['entente directe', 'gre a gre', 'direct', 'ed', 'gag', 'single source', 'sole source']
		],
		['selective', ['restreint', 'restreinte', 'selective', 'aor', 'restricted', 'preselection']],
		[
			'limited',
			[
				'limited',
				'demande de prix',
				'drp',
				'demande de cotation',
				'cotation',
				'consultation',
				'demande de renseignements et de prix'
			]
		],
		['open', ['ouvert', 'ouverte', 'open', 'aoo', 'aoi', 'aon', 'appel d offres']]
	],
	body: [
		[
			'parliament',
			[
				'assemblee nationale',
				'parlement',
				'parliament',
				'conseil national de transition',
				'cnt',
				'national assembly'
			]
		],
		[
			'court_of_auditors',
			[
				'cour des comptes',
				'court of auditors',
				'section des comptes',
				'chambre des comptes',
				'supreme audit institution'
			]
		],
		[
			'inspectorate',
			['inspection generale', 'inspection', 'inspectorate', 'controle general', 'ige']
		],
		['ombudsman', ['mediateur', 'ombudsman']],
		// The executive publishes the key budget documents (PEFA PI-9): budget proposal, in-year reports.
		[
			'government',
			[
				'gouvernement',
				'government',
				'ministere des finances',
				'ministere de l economie et des finances',
				'ministry of finance',
				'executif',
				'executive'
			]
		],
		['other', ['autre', 'other']]
	],
	document: [
		['execution_law', ['loi de reglement', 'execution law', 'execution_law']],
		['audit_report', ['rapport d audit', 'audit report', 'audit', 'audit_report']],
		['budget_proposal', ['projet de loi de finances', 'plf', 'budget proposal', 'budget_proposal']],
		[
			'in_year_report',
			[
				'rapport trimestriel',
				'rapport infra annuel',
				'in year report',
				'in_year_report',
				'rapport d execution trimestriel'
			]
		],
		[
			'year_end_report',
			['rapport annuel', 'rapport de fin d exercice', 'year end report', 'year_end_report']
		],
		['enacted_budget', ['loi de finances', 'lfi', 'enacted budget', 'enacted_budget']],
		['other', ['autre', 'other']]
	],
	// How far a contracting process went (OCDS: a release with awards, or only a tender or plan).
	stage: [
		['award', ['award', 'awarded', 'attribution', 'attribue', 'attribuee', 'contrat', 'contract']],
		['tender', ['tender', 'appel d offres', 'avis', 'consultation', 'en cours']],
		['planning', ['planning', 'planification', 'plan de passation', 'prevision', 'prevu']]
	],
	// OCDS tenderStatus codes, with the French words of procurement bulletins.
	tender_status: [
		['cancelled', ['cancelled', 'canceled', 'annule', 'annulee', 'annulation']],
		['unsuccessful', ['unsuccessful', 'infructueux', 'infructueuse']],
		['withdrawn', ['withdrawn', 'retire', 'retiree']],
		['complete', ['complete', 'completed', 'termine', 'terminee', 'clos', 'close', 'cloture']],
		['active', ['active', 'actif', 'en cours', 'ouvert']],
		['planned', ['planned', 'planifie', 'prevu']],
		['planning', ['planning', 'planification']]
	]
};

/** Phrases meaning the derogatory defence-secret regime, in a method cell or a flag column. */
export const DEROGATION_PHRASES = [
	'marche special',
	'marches speciaux',
	'secret defense',
	'secret',
	'derogatoire',
	'derogation',
	'exempte',
	'exemptes',
	'exemption',
	'special'
];

export const TRUE_WORDS = ['oui', 'yes', 'true', 'vrai', '1', 'x', 'o', 'y'];
export const FALSE_WORDS = ['non', 'no', 'false', 'faux', '0', 'n'];

/** The code for `normalized` (see normalizeText) under `rules`, or undefined. */
export function matchCode(rules: CodeRules, normalized: string): string | undefined {
	const padded = ` ${normalized.replaceAll('_', ' ')} `;
	return rules.find(([, phrases]) =>
		phrases.some((p) => padded.includes(` ${p.replaceAll('_', ' ')} `))
	)?.[0];
}
