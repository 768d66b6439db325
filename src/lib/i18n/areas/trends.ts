import { defineMessages } from '../define-messages.ts';

export default defineMessages(
	{
		trends_title: 'Dépenses militaires du G5 Sahel',
		trends_lead:
			'Dépenses militaires du Burkina Faso, du Mali, de la Mauritanie, du Niger et du Tchad depuis 1960, selon la base de données du SIPRI. Choisissez la mesure et la période ; la croissance entre deux années est calculée plus bas.',
		trends_measure: 'Mesure',
		trends_measure_usd_constant_2023: 'Dollars constants (2023)',
		trends_measure_lcu_current: 'Monnaie locale courante',
		trends_measure_share_gdp: 'Part du PIB',
		trends_measure_share_gov: 'Part des dépenses publiques',
		trends_measure_per_capita_usd: 'Par habitant',
		trends_chart_title_usd_constant_2023: 'Dépenses militaires en dollars constants de 2023',
		trends_chart_title_lcu_current: 'Dépenses militaires en monnaie locale courante',
		trends_chart_title_share_gdp: 'Dépenses militaires en part du PIB',
		trends_chart_title_share_gov: 'Dépenses militaires en part des dépenses publiques',
		trends_chart_title_per_capita_usd: 'Dépenses militaires par habitant (dollars courants)',
		trends_chart_lcu_cfa: 'Pays de la zone franc CFA (FCFA)',
		trends_chart_lcu_mru: 'Mauritanie (nouvelles ouguiyas, MRU)',
		trends_unit_percent: '% ',
		trends_from: 'De',
		trends_to: 'à',
		trends_period: 'Période affichée',
		trends_reset: 'Toute la période',
		trends_year: 'Année',
		trends_cursor_hint:
			'Survolez le graphique, ou placez ici le focus clavier et utilisez ← → pour lire les valeurs année par année.',
		trends_desc:
			'Graphique en courbes : {measure}, {from}–{to}, une courbe par pays. {summary} Les années sans donnée sont des interruptions de la courbe, pas des zéros.',
		trends_desc_last: 'En {year} : {values}.',
		trends_growth_title: 'Croissance entre deux années',
		trends_growth_from: 'Année de départ',
		trends_growth_to: 'Année d’arrivée',
		trends_growth_country: 'Pays',
		trends_growth_value_from: 'Dépense {year}',
		trends_growth_value_to: 'Dépense {year}',
		trends_growth_growth: 'Croissance',
		trends_growth_cagr: 'Taux annuel moyen',
		trends_growth_method:
			'Méthode : croissance = dépense de l’année d’arrivée ÷ dépense de l’année de départ − 1, en dollars constants de 2023 (prix et taux de change de 2023), pour ne pas compter l’inflation comme une hausse. Taux annuel moyen = (arrivée ÷ départ)^(1 ÷ nombre d’années) − 1. Le G5 Sahel est la somme des cinq pays ; il n’est calculé que si les cinq ont un chiffre les deux années. Un tiret signale une année sans donnée SIPRI.',
		trends_growth_release: 'Données : {release}, {prices}.',
		trends_growth_need_engine: 'Calcul en cours…',
		trends_about_title: 'Sources et notes du SIPRI',
		trends_citation: 'Citation recommandée',
		trends_scope_note:
			'Le SIPRI ne compte que les dépenses militaires (forces armées, ministère de la défense, forces paramilitaires entraînées aux opérations militaires) : la police et une grande partie de la gendarmerie n’y figurent pas, d’où des chiffres plus bas que les parts « défense et sécurité » publiées ailleurs.',
		trends_missing_note:
			'Les valeurs manquantes du SIPRI (« ... », « xxx ») restent manquantes. Dans cette édition, la Mauritanie 2004, 2007, 2010 et 2011 est inscrite 0 dans les feuilles en monnaie alors que les parts sont manquantes : Vigie les traite comme manquantes.',
		trends_footnotes: 'Notes du SIPRI par pays (en anglais, telles que publiées)',
		trends_general_notes: 'Notes générales du SIPRI (en anglais)',
		trends_engine_live: 'Valeurs recalculées dans votre navigateur par DuckDB.',
		trends_engine_static: 'Valeurs précalculées ; le moteur d’analyse se charge en arrière-plan.'
	},
	{
		trends_title: 'G5 Sahel military spending',
		trends_lead:
			'Military spending of Burkina Faso, Chad, Mali, Mauritania and Niger since 1960, from the SIPRI database. Choose the measure and the period; growth between two years is computed below.',
		trends_measure: 'Measure',
		trends_measure_usd_constant_2023: 'Constant (2023) US$',
		trends_measure_lcu_current: 'Current local currency',
		trends_measure_share_gdp: 'Share of GDP',
		trends_measure_share_gov: 'Share of government spending',
		trends_measure_per_capita_usd: 'Per capita',
		trends_chart_title_usd_constant_2023: 'Military spending in constant 2023 US dollars',
		trends_chart_title_lcu_current: 'Military spending in current local currency',
		trends_chart_title_share_gdp: 'Military spending as a share of GDP',
		trends_chart_title_share_gov: 'Military spending as a share of government spending',
		trends_chart_title_per_capita_usd: 'Military spending per capita (current US$)',
		trends_chart_lcu_cfa: 'CFA franc countries (CFAF)',
		trends_chart_lcu_mru: 'Mauritania (new ouguiya, MRU)',
		trends_unit_percent: '%',
		trends_from: 'From',
		trends_to: 'to',
		trends_period: 'Period shown',
		trends_reset: 'Whole period',
		trends_year: 'Year',
		trends_cursor_hint:
			'Hover over the chart, or put the keyboard focus here and use ← → to read the values year by year.',
		trends_desc:
			'Line chart: {measure}, {from}–{to}, one line per country. {summary} Years without data are breaks in the line, not zeros.',
		trends_desc_last: 'In {year}: {values}.',
		trends_growth_title: 'Growth between two years',
		trends_growth_from: 'From year',
		trends_growth_to: 'To year',
		trends_growth_country: 'Country',
		trends_growth_value_from: 'Spending {year}',
		trends_growth_value_to: 'Spending {year}',
		trends_growth_growth: 'Growth',
		trends_growth_cagr: 'Average annual rate',
		trends_growth_method:
			'Method: growth = spending in the end year ÷ spending in the start year − 1, in constant 2023 US dollars (2023 prices and exchange rates), so that inflation is not counted as an increase. Average annual rate = (end ÷ start)^(1 ÷ number of years) − 1. The G5 Sahel is the sum of the five countries; it is computed only when all five have a figure in both years. A dash marks a year with no SIPRI figure.',
		trends_growth_release: 'Data: {release}, {prices}.',
		trends_growth_need_engine: 'Computing…',
		trends_about_title: 'SIPRI sources and notes',
		trends_citation: 'Recommended citation',
		trends_scope_note:
			'SIPRI counts military spending only (armed forces, defence ministries, paramilitary forces trained for military operations): police and much of the gendarmerie are not included, which is why published “defence and security” shares run higher.',
		trends_missing_note:
			'SIPRI’s missing values (“...”, “xxx”) stay missing. In this release, Mauritania 2004, 2007, 2010 and 2011 are stored as 0 in the money sheets while the shares are missing: Vigie treats them as missing.',
		trends_footnotes: 'SIPRI notes by country (as published)',
		trends_general_notes: 'SIPRI general notes',
		trends_engine_live: 'Values recomputed in your browser by DuckDB.',
		trends_engine_static: 'Precomputed values; the analysis engine is loading in the background.'
	}
);
