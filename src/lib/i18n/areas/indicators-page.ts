import { defineMessages } from '../define-messages.ts';

export default defineMessages(
	{
		nav_indicators: 'Indicateurs',
		indic_title: 'Indicateurs de contrôle',
		indic_lead:
			'Tous les indicateurs calculés sur vos jeux de données importés et sur les données du SIPRI, dans votre navigateur, avec le même SQL que npm run vigie -- indicators.',
		indic_datasets: 'Calculé sur : {names}.',
		indic_running: 'Calcul des indicateurs…',
		indic_failed: 'Le calcul a échoué : {error}',
		indic_flags:
			'Un signal d’alerte invite à poser des questions ; ce n’est pas une preuve d’irrégularité. La couverture indique sur combien d’enregistrements chaque valeur a pu être calculée.',
		indic_definition: 'Définition, formule et source',
		indic_country: 'Pays',
		indic_year: 'Année',
		indic_measure: 'Mesure',
		indic_group: 'Détail',
		indic_value: 'Valeur',
		indic_score: 'Note',
		indic_coverage: 'Couverture',
		indic_matrix_lead:
			'Par pays et par année : la croissance des dépenses de défense et de sécurité face à la part couverte par un audit. ▲ déficit = dépenses en hausse et peu contrôlées ; △ hausse contrôlée ; ▽ contrôle faible ; ○ contrôlé. La part secrète et la part sans concurrence sont données à côté, sans être mélangées dans un indice.'
	},
	{
		nav_indicators: 'Indicators',
		indic_title: 'Oversight indicators',
		indic_lead:
			'Every indicator computed on your imported datasets and on SIPRI’s data, in your browser, with the same SQL as npm run vigie -- indicators.',
		indic_datasets: 'Computed on: {names}.',
		indic_running: 'Computing indicators…',
		indic_failed: 'The computation failed: {error}',
		indic_flags:
			'A red flag is a prompt to ask questions, not proof of wrongdoing. Coverage says how many records each value could be computed on.',
		indic_definition: 'Definition, formula and source',
		indic_country: 'Country',
		indic_year: 'Year',
		indic_measure: 'Measure',
		indic_group: 'Breakdown',
		indic_value: 'Value',
		indic_score: 'Score',
		indic_coverage: 'Coverage',
		indic_matrix_lead:
			'By country and year: growth of defence and security spending against the share covered by an audit. ▲ gap = rising and little audited; △ rising but covered; ▽ weak oversight; ○ covered. The secret and non-competitive shares are shown beside, never blended into an index.'
	}
);
