import { defineMessages } from '../define-messages.ts';

/** The budget credibility view (/credibilite/): voted → revised → executed, PEFA PI-1/PI-2, BOOST. */
export default defineMessages(
	{
		cred_intro:
			'Ce que l’État a voté pour la défense et la sécurité, ce qu’il a révisé en cours d’année et ce qu’il a réellement dépensé, par institution et par catégorie économique ; puis les notes de type PEFA et, en données réelles, l’exécution du budget de l’État entier.',
		cred_stage_approved: 'Voté',
		cred_stage_revised: 'Révisé',
		cred_stage_executed: 'Exécuté',
		cred_totals_title: 'Voté, révisé et exécuté, par année',
		cred_totals_sub_local:
			'Défense et sécurité · un panneau par pays et monnaie, chacun à sa propre échelle (monnaies différentes)',
		cred_totals_sub_usd: 'Défense et sécurité · un panneau par pays, même échelle pour tous',
		cred_totals_desc:
			'Barres groupées par année, de la plus claire à la plus foncée : voté, révisé, exécuté. Panneaux : {panels}.',
		cred_formula_totals:
			'Formule : somme, par pays et année, des lignes retenues par les filtres, pour chaque étape renseignée.',
		cred_gaps_title_institution: 'Écart entre exécuté et voté, par institution',
		cred_gaps_title_category: 'Écart entre exécuté et voté, par catégorie économique',
		cred_gaps_sub:
			'Période filtrée cumulée · barre : exécuté par rapport au voté ; losange : révisé par rapport au voté',
		cred_gaps_desc:
			'Barres horizontales de part et d’autre de zéro : à droite, plus dépensé que voté ; à gauche, moins. Lignes : {rows}.',
		cred_formula_gaps:
			'Formule : écart = Σ exécuté ÷ Σ voté − 1, montant = Σ exécuté − Σ voté, sur les lignes où voté et exécuté sont connus ; losange = Σ révisé ÷ Σ voté − 1.',
		cred_gap_label: '{share} ({amount})',
		cred_over: 'dépensé au-delà du voté',
		cred_under: 'dépensé en deçà du voté',
		cred_pefa_title: 'Notes de type PEFA : PI-1 et PI-2',
		cred_pefa_sub:
			'Défense et sécurité · valeur de l’année et lettre (au moins deux des trois dernières années)',
		cred_pi1: 'PI-1 · exécution globale (exécuté ÷ voté)',
		cred_pi2_institution: 'PI-2.1 · variance de composition, par institution',
		cred_pi2_category: 'PI-2.2 · variance de composition, par catégorie',
		cred_pefa_bands_pi1:
			'Bandes PI-1 : {bands} ; D sinon. La lettre exige que la bande soit atteinte au moins deux des trois dernières années.',
		cred_pefa_bands_pi2:
			'Bandes PI-2 : {bands} ; D sinon. La lettre exige que la bande soit atteinte au moins deux des trois dernières années.',
		cred_pefa_no_letter: '« – » : pas de lettre, il manque une année que la note exige.',
		// The cell's name holds its visible text « 12,3 % B » word for word (WCAG 2.5.3, Label in Name).
		cred_pefa_cell: '{what} {year}, valeur et note : {value} {score}',
		cred_pefa_series_col: 'Pays et série',
		cred_pefa_cell_unscored: '{what} {year} : {value}, sans note',
		cred_formula_pefa:
			'Formules : indicateurs pefa-pi1-aggregate-outturn et pefa-pi2-composition-variance de Vigie (voir Méthodologie), sur les lignes retenues par les filtres ; ce sont des ratios, identiques dans toute monnaie. Avec une seule institution ou catégorie retenue, sa variance vaut 0 par construction.',
		cred_pefa_none: 'Aucune ligne de défense ou de sécurité pour ces filtres.',
		cred_boost_heading: 'Budget de l’État entier, données réelles',
		cred_boost_title: 'Budget de l’État entier : approuvé et exécuté',
		cred_boost_sub:
			'Toutes les dépenses publiques, pas seulement la défense · Banque mondiale BOOST · Tchad absent de la source',
		cred_boost_rate_title: 'Taux d’exécution du budget de l’État (exécuté ÷ approuvé)',
		cred_boost_rate_desc:
			'Une ligne par pays ; au-dessus de 100 %, l’État a dépensé plus que le budget approuvé.',
		cred_boost_rate_bands:
			'Repères PI-1 appliqués au budget entier : A entre 95 % et 105 %, B entre 90 % et 110 %, C entre 85 % et 115 %.',
		cred_formula_boost:
			'Formule : ligne « total » de la source (son secteur est écrit « Toatal », coquille reprise de la source) ; taux = exécuté ÷ approuvé. Seuls les filtres pays et années s’appliquent : BOOST n’a ni défense, ni institutions, ni catégories de Vigie.',
		cred_boost_empty:
			'Aucune donnée BOOST pour ces filtres (pays couverts : Burkina Faso, Mali, Mauritanie, Niger ; 2006–2020).',
		cred_source_boost:
			'Source : Banque mondiale, BOOST (extrait du paquet R pigographs) ; licence non précisée par la source',
		cred_source_sipri_factor:
			'Conversion en dollars constants de 2023 : chaque montant × (dépenses militaires du pays cette année-là en dollars constants ÷ en monnaie locale), ratio tiré de SIPRI Military Expenditure Database 2025.',
		cred_excluded:
			'{n} ligne(s) budgétaire(s) exclue(s) de la conversion en dollars : pas de ratio SIPRI pour leur pays-année ou leur monnaie.',
		cred_boost_excluded: 'BOOST, non converti faute de donnée SIPRI : {list}.',
		cred_hint:
			'Survolez une barre ou atteignez-la avec Tab pour lire ses valeurs exactes ; clic ou Entrée pour voir les lignes qui la composent.',
		cred_hint_read:
			'Survolez une barre ou atteignez-la avec Tab pour lire ses valeurs exactes et le taux d’exécution.',
		cred_mark_rate: 'taux d’exécution {rate}',
		cred_drill_year: '{country} {year}',
		cred_drill_item: '{country}, {item} (lignes où voté et exécuté sont connus)',
		cred_drill_sums:
			'Total de ces lignes : voté {approved} · révisé {revised} · exécuté {executed}',
		cred_drill_partial: 'Totaux calculés sur les lignes affichées seulement.',
		cred_col_year: 'Année',
		cred_col_item: 'Poste',
		cred_col_line: 'Ligne',
		cred_col_gap: 'Écart',
		cred_col_gap_share: 'Écart (%)',
		cred_col_revised_share: 'Révisé vs voté (%)',
		cred_col_rate: 'Taux d’exécution',
		cred_col_currency: 'Monnaie',
		cred_country_link: 'Profil du pays',
		cred_no_budget: 'Aucune ligne budgétaire pour ces filtres.'
	},
	{
		cred_intro:
			'What the state voted for defence and security, what it revised during the year and what it actually spent, by institution and by economic category; then PEFA-style scores and, from real data, execution of the whole government budget.',
		cred_stage_approved: 'Voted',
		cred_stage_revised: 'Revised',
		cred_stage_executed: 'Executed',
		cred_totals_title: 'Voted, revised and executed, by year',
		cred_totals_sub_local:
			'Defence and security · one panel per country and currency, each on its own scale (different currencies)',
		cred_totals_sub_usd: 'Defence and security · one panel per country, one scale for all',
		cred_totals_desc:
			'Bars grouped by year, lightest to darkest: voted, revised, executed. Panels: {panels}.',
		cred_formula_totals:
			'Formula: sum, per country and year, of the lines the filters keep, for each stage that is given.',
		cred_gaps_title_institution: 'Gap between executed and voted, by institution',
		cred_gaps_title_category: 'Gap between executed and voted, by economic category',
		cred_gaps_sub:
			'Filtered period combined · bar: executed against voted; diamond: revised against voted',
		cred_gaps_desc:
			'Horizontal bars either side of zero: to the right, more spent than voted; to the left, less. Rows: {rows}.',
		cred_formula_gaps:
			'Formula: gap = Σ executed ÷ Σ voted − 1, amount = Σ executed − Σ voted, over lines with both voted and executed figures; diamond = Σ revised ÷ Σ voted − 1.',
		cred_gap_label: '{share} ({amount})',
		cred_over: 'spent above the vote',
		cred_under: 'spent below the vote',
		cred_pefa_title: 'PEFA-style scores: PI-1 and PI-2',
		cred_pefa_sub:
			'Defence and security · value for the year and letter (at least two of the last three years)',
		cred_pi1: 'PI-1 · aggregate outturn (executed ÷ voted)',
		cred_pi2_institution: 'PI-2.1 · composition variance, by institution',
		cred_pi2_category: 'PI-2.2 · composition variance, by category',
		cred_pefa_bands_pi1:
			'PI-1 bands: {bands}; D otherwise. A letter needs the band met in at least two of the last three years.',
		cred_pefa_bands_pi2:
			'PI-2 bands: {bands}; D otherwise. A letter needs the band met in at least two of the last three years.',
		cred_pefa_no_letter: '“–”: no letter, a year the score needs is missing.',
		cred_pefa_cell: '{what} {year}, value and score: {value} {score}',
		cred_pefa_series_col: 'Country and series',
		cred_pefa_cell_unscored: '{what} {year}: {value}, no score',
		cred_formula_pefa:
			'Formulas: Vigie’s pefa-pi1-aggregate-outturn and pefa-pi2-composition-variance indicators (see Methodology), on the lines the filters keep; they are ratios, the same in any currency. With a single institution or category kept, its variance is 0 by construction.',
		cred_pefa_none: 'No defence or security lines for these filters.',
		cred_boost_heading: 'Whole government budget, real data',
		cred_boost_title: 'Whole government budget: approved and executed',
		cred_boost_sub:
			'All public spending, not just defence · World Bank BOOST · Chad not in the source',
		cred_boost_rate_title: 'Government budget execution rate (executed ÷ approved)',
		cred_boost_rate_desc:
			'One line per country; above 100%, the state spent more than the approved budget.',
		cred_boost_rate_bands:
			'PI-1 yardsticks applied to the whole budget: A between 95% and 105%, B between 90% and 110%, C between 85% and 115%.',
		cred_formula_boost:
			'Formula: the source’s “total” line (its sector is spelled “Toatal”, a typo kept from the source); rate = executed ÷ approved. Only the country and year filters apply: BOOST has no defence, institutions or Vigie categories.',
		cred_boost_empty:
			'No BOOST data for these filters (countries covered: Burkina Faso, Mali, Mauritania, Niger; 2006–2020).',
		cred_source_boost:
			'Source: World Bank, BOOST (extract from the pigographs R package); licence not stated by the source',
		cred_source_sipri_factor:
			'Conversion to constant 2023 US$: each amount × (the country’s military spending that year in constant dollars ÷ in local currency), the ratio taken from the SIPRI Military Expenditure Database 2025.',
		cred_excluded:
			'{n} budget line(s) left out of the dollar conversion: SIPRI has no ratio for their country-year or currency.',
		cred_boost_excluded: 'BOOST, not converted for want of a SIPRI figure: {list}.',
		cred_hint:
			'Hover over a bar or reach it with Tab to read its exact values; click or press Enter to see the lines it is made of.',
		cred_hint_read:
			'Hover over a bar or reach it with Tab to read its exact values and the execution rate.',
		cred_mark_rate: 'execution rate {rate}',
		cred_drill_year: '{country} {year}',
		cred_drill_item: '{country}, {item} (lines with both voted and executed figures)',
		cred_drill_sums:
			'Total of these lines: voted {approved} · revised {revised} · executed {executed}',
		cred_drill_partial: 'Totals computed on the rows shown only.',
		cred_col_year: 'Year',
		cred_col_item: 'Item',
		cred_col_line: 'Line',
		cred_col_gap: 'Gap',
		cred_col_gap_share: 'Gap (%)',
		cred_col_revised_share: 'Revised vs voted (%)',
		cred_col_rate: 'Execution rate',
		cred_col_currency: 'Currency',
		cred_country_link: 'Country profile',
		cred_no_budget: 'No budget lines for these filters.'
	}
);
