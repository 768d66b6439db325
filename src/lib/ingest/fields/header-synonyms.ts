/**
 * Header spellings of each canonical field, French and English, written as `normalizeText`
 * leaves them (lower case, no accents, punctuation as spaces, units removed). OCDS flattened
 * headers (`tender/procurementMethod`, `awards/0/value/amount`) are included as they normalise.
 */
import type { DataKind } from './field-specs.ts';

const COUNTRY = ['pays', 'country', 'code pays', 'country code', 'iso3', 'code iso'];
const CURRENCY = ['devise', 'monnaie', 'currency', 'code devise'];
const YEAR = [
	'annee',
	'exercice',
	'year',
	'fiscal year',
	'annee budgetaire',
	'gestion',
	'exercice budgetaire'
];
const AMOUNT = ['montant', 'valeur', 'amount', 'value'];

export const HEADER_SYNONYMS: Record<DataKind, Record<string, string[]>> = {
	budget: {
		country: COUNTRY,
		year: YEAR,
		institution: [
			'ministere',
			'institution',
			'section',
			'ministry',
			'ministere ou institution',
			'administration',
			'entite',
			'autorite contractante',
			'force',
			'service',
			'ministere institution'
		],
		sector: ['secteur', 'sector', 'fonction', 'domaine'],
		category: [
			'nature de la depense',
			'categorie economique',
			'nature economique',
			'nature',
			'categorie',
			'economic category',
			'category',
			'titre',
			'type de depense'
		],
		programme: ['programme', 'program', 'programme budgetaire'],
		line_label: [
			'libelle',
			'intitule',
			'ligne',
			'designation',
			'label',
			'line',
			'description',
			'rubrique',
			'libelle de la ligne',
			'line label'
		],
		approved: [
			'credits votes',
			'dotation initiale',
			'lfi',
			'prevision',
			'previsions',
			'credits ouverts',
			'budget vote',
			'approved',
			'voted',
			'budget initial',
			'dotation',
			'montant vote',
			'credits initiaux',
			'loi de finances initiale',
			'allocation'
		],
		revised: [
			'dotation revisee',
			'lfr',
			'credits revises',
			'revised',
			'budget revise',
			'dotation finale',
			'credits definitifs',
			'loi de finances rectificative'
		],
		executed: [
			'execution',
			'ordonnancement',
			'ordonnancements',
			'realisations',
			'realisation',
			'paiements',
			'payments',
			'executed',
			'depenses executees',
			'montant execute',
			'loi de reglement',
			'actual',
			'credits executes'
		],
		currency: CURRENCY,
		classified: [
			'classifie',
			'secret',
			'fonds speciaux',
			'fonds secrets',
			'classified',
			'confidentiel'
		]
	},
	contracts: {
		country: COUNTRY,
		buyer: [
			'autorite contractante',
			'acheteur',
			'buyer',
			'buyer name',
			'ministere',
			'institution',
			'section',
			'maitre d ouvrage',
			'entite adjudicatrice',
			'procuring entity',
			'tender procuringentity name',
			'ministry'
		],
		reference: [
			'reference',
			'ref',
			'numero',
			'n',
			'no',
			'numero du marche',
			'reference du marche',
			'contract id',
			'awards 0 id',
			'contracts 0 id',
			'id'
		],
		title: [
			'objet',
			'objet du marche',
			'intitule',
			'titre',
			'title',
			'libelle',
			'description',
			'tender title',
			'awards 0 title',
			'contracts 0 title',
			'designation'
		],
		method: [
			'mode de passation',
			'procedure',
			'methode',
			'method',
			'procurement method',
			'tender procurementmethod',
			'type de procedure',
			'mode de passation du marche',
			'procedure de passation',
			'mode de selection'
		],
		derogation: [
			'derogation',
			'regime derogatoire',
			'secret defense',
			'marche special',
			'derogatoire',
			'exempte',
			'regime'
		],
		supplier: [
			'attributaire',
			'titulaire',
			'fournisseur',
			'supplier',
			'prestataire',
			'entreprise',
			'awards 0 suppliers 0 name',
			'supplier name',
			'contractor',
			'suppliers'
		],
		amount: [
			...AMOUNT,
			'montant du marche',
			'montant attribue',
			'montant ttc',
			'montant ht',
			'awards 0 value amount',
			'contracts 0 value amount',
			'award value',
			'montant du contrat'
		],
		currency: [...CURRENCY, 'awards 0 value currency', 'contracts 0 value currency'],
		award_date: [
			'date d attribution',
			'date attribution',
			'date',
			'award date',
			'awards 0 date',
			'date de signature',
			'contracts 0 datesigned',
			'date signature',
			'date du marche'
		],
		tenderers: [
			'nombre d offres',
			'nombre de soumissionnaires',
			'soumissionnaires',
			'offres recues',
			'nombre d offres recues',
			'tenderers',
			'number of tenderers',
			'tender numberoftenderers',
			'number of bids',
			'nb offres',
			'nombre de soumissions'
		],
		tender_period_days: [
			'duree de l appel d offres',
			'delai de soumission',
			'tender period days',
			'tender tenderperiod durationindays',
			'duree de publication',
			'delai'
		],
		amendments: ['avenants', 'nombre d avenants', 'amendments', 'number of amendments'],
		amended_amount: [
			'montant apres avenants',
			'montant avec avenants',
			'amended amount',
			'montant final',
			'montant revise'
		],
		ocid: ['ocid', 'identifiant ocds', 'ocds id'],
		stage: ['stage', 'etape', 'stade', 'etape de la procedure', 'stade de la procedure'],
		method_details: [
			'tender procurementmethoddetails',
			'procurement method details',
			'method details',
			'details de la procedure',
			'detail du mode de passation',
			'precisions sur la procedure'
		],
		tender_status: [
			'tender status',
			'statut de l appel d offres',
			'statut de la procedure',
			'etat de la procedure'
		],
		tender_start: [
			'tender tenderperiod startdate',
			'date de publication de l avis',
			'date de lancement',
			'tender start date',
			'tender period start'
		],
		tender_end: [
			'tender tenderperiod enddate',
			'date limite de depot',
			'date limite de depot des offres',
			'date limite de soumission',
			'date limite de remise des offres',
			'date de cloture',
			'submission deadline',
			'tender end date',
			'tender period end'
		]
	},
	oversight: {
		country: COUNTRY,
		year_covered: [
			...YEAR,
			'annee couverte',
			'exercice concerne',
			'year covered',
			'exercice couvert'
		],
		body: [
			'organe',
			'institution',
			'body',
			'organe de controle',
			'instance',
			'organe de controle',
			'auteur',
			'oversight body'
		],
		document: ['document', 'type de document', 'rapport', 'document type', 'acte', 'type'],
		date_published: [
			'date de publication',
			'date publication',
			'publie le',
			'published',
			'date published',
			'date',
			'date d adoption',
			'date de depot'
		],
		amount_covered: [...AMOUNT, 'montant couvert', 'amount covered', 'montant controle'],
		currency: CURRENCY
	}
};
