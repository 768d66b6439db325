import { defineMessages } from '../define-messages.ts';

/**
 * The budget credibility view (/credibilite/): real series first (official PEFA PI-1/PI-2,
 * finance laws beside SIPRI, BOOST), then the budget lines (voted → revised → executed, gaps,
 * PEFA-style PI-1/PI-2 computed by Vigie).
 */
export default defineMessages(
	{
		cred_lead:
			'Le budget de défense et de sécurité est-il dépensé comme il a été voté ? D’abord les données publiées (notes PEFA, lois de finances, SIPRI, BOOST), puis le détail ligne par ligne.',
		cred_note:
			'Institution, secteur, catégorie et base monétaire filtrent les lignes budgétaires ; les séries publiées suivent le pays et les années (les notes PEFA officielles, le pays seulement).',
		cred_country_link: 'Profil du pays',
		cred_stage_approved: 'Voté',
		cred_stage_revised: 'Révisé',
		cred_stage_executed: 'Exécuté',
		cred_col_country: 'Pays',
		cred_col_year: 'Année',
		cred_col_item: 'Poste',
		cred_col_line: 'Ligne',
		cred_col_gap: 'Écart',
		cred_col_gap_share: 'Écart (%)',
		cred_col_revised_share: 'Révisé vs voté (%)',
		cred_col_rate: 'Taux d’exécution',
		cred_col_currency: 'Monnaie',
		// PEFA: official scores beside Vigie's
		cred_h_pefa: 'PI-1 et PI-2 : les notes officielles, puis celles que calcule Vigie',
		cred_pefa_lead:
			'Notes officielles : budget entier de l’État, publiées par le Secrétariat PEFA. Notes de Vigie : mêmes formules, lignes de défense et de sécurité seulement. PI-1 : dépenses exécutées par rapport au budget approuvé ; PI-2 : leur composition (2.1 par fonction ou administration, 2.2 par nature économique, 2.3 réserves pour imprévus).',
		cred_pefa_official_title: 'Notes PEFA officielles (budget entier de l’État)',
		cred_pefa_official_sub: 'Dernière évaluation de chaque pays, cadre 2016 · de A (meilleure) à D',
		cred_pefa_official_meta:
			'Source : {publisher}, évaluations PEFA au cadre 2016 (téléchargement groupé de pefa.org)',
		cred_pefa_official_link: 'fichier source',
		cred_pefa_notes: 'Remarques de la source (en anglais)',
		cred_col_assessment: 'Évaluation',
		cred_col_pi1: 'PI-1',
		cred_pefa_earlier: '{year} {pi1} / {pi2}',
		cred_pefa_earlier_list: 'Évaluations précédentes (PI-1 / PI-2) : {list}.',
		cred_pefa_vigie_title: 'Notes calculées par Vigie (défense et sécurité)',
		cred_pefa_vigie_sub_demo:
			'Données fictives · dernière année notée (valeur de l’année entre parenthèses)',
		cred_pefa_vigie_sub_user:
			'Vos lignes · dernière année notée (valeur de l’année entre parenthèses)',
		cred_col_pi21: 'PI-2.1 institutions',
		cred_col_pi22: 'PI-2.2 catégories',
		cred_col_years_used: 'Années notées',
		cred_pefa_scored: '{score} ({value})',
		cred_pefa_unscored: '– ({value})',
		cred_pefa_years: 'Valeurs et notes année par année',
		cred_pi1: 'PI-1 · exécution globale (exécuté ÷ voté)',
		cred_pi2_institution: 'PI-2.1 · variance de composition, par institution',
		cred_pi2_category: 'PI-2.2 · variance de composition, par catégorie',
		cred_pefa_bands_pi1:
			'Bandes PI-1 : {bands} ; D sinon. La lettre exige que la bande soit atteinte au moins deux des trois années notées.',
		cred_pefa_bands_pi2:
			'Bandes PI-2 : {bands} ; D sinon. La lettre exige que la bande soit atteinte au moins deux des trois années notées.',
		cred_pefa_no_letter: '« – » : pas de lettre, il manque une des trois années que la note exige.',
		cred_pefa_cell: '{what} {year} :',
		cred_pefa_cell_years: 'note sur {from}–{to}',
		cred_formula_pefa:
			'Formules : indicateurs PI-1 et PI-2 de Vigie (voir Méthodologie), sur les lignes retenues par les filtres.',
		cred_pefa_none: 'Aucune ligne de défense ou de sécurité pour ces filtres.',
		// Finance laws beside SIPRI
		cred_h_triangulation: 'Lois de finances et SIPRI : deux périmètres, deux chiffres',
		cred_tri_lead:
			'SIPRI ne compte que les dépenses militaires (armées, ministère de la Défense, forces paramilitaires entraînées au combat) ; les crédits de défense et de sécurité d’une loi de finances comprennent aussi la police et la gendarmerie. Les deux sont montrés ; quand deux sources divergent, les deux.',
		cred_tri_title: 'Lois de finances et dépenses militaires selon SIPRI',
		cred_tri_sub:
			'Barre grise : SIPRI ; marques : lois de finances · monnaie locale courante, par pays, année et étape · en bout de ligne, la part du budget de l’État',
		cred_tri_desc:
			'Pour chaque pays, année et étape budgétaire : une barre grise pour SIPRI, des marques pour les lois de finances (losange : défense et sécurité ; rond : défense seule ; carré orange : sécurité seule). {n} lignes.',
		cred_tri_meta:
			'Sources : lois de finances et présentations budgétaires, citées chiffre par chiffre (ouvrez une ligne : on y trouve aussi les montants publiés en dollars, les projets et les lois de programmation) ; SIPRI Military Expenditure Database 2025.',
		cred_tri_legend_sipri: 'SIPRI (armée seulement)',
		cred_tri_legend_ds: 'Défense et sécurité (police, gendarmerie)',
		cred_tri_legend_defence: 'Défense seule',
		cred_tri_legend_security: 'Sécurité seule',
		cred_tri_row: '{year} · {stage}',
		cred_tri_no_sipri: 'SIPRI : n.d.',
		cred_tri_mark: '{place}, {stage} : {figures}',
		cred_tri_mark_sipri: 'SIPRI {value}',
		cred_tri_mark_no_sipri: 'SIPRI : pas de chiffre',
		cred_tri_mark_figure: '{scope} {value} ({publisher})',
		cred_tri_shares: '{list} du budget de l’État',
		cred_tri_hint:
			'Survolez une ligne ou atteignez-la avec Tab pour lire ses chiffres et leurs sources ; clic ou Entrée pour ouvrir toutes les sources de l’année.',
		cred_tri_none: 'Aucun chiffre de loi de finances pour ces filtres.',
		cred_col_stage: 'Étape',
		cred_col_sipri: 'SIPRI',
		cred_col_law_defence_security: 'Loi de finances : défense et sécurité',
		cred_col_law_defence: 'Loi de finances : défense',
		cred_col_law_security: 'Loi de finances : sécurité',
		cred_col_shares: 'Part du budget de l’État',
		cred_law_stage_voted: 'voté',
		cred_law_stage_revised: 'révisé',
		cred_law_stage_executed: 'exécuté',
		cred_law_stage_proposed: 'projet de loi',
		cred_law_stage_programmed: 'programmé',
		cred_scope_defence_security: 'défense et sécurité',
		cred_scope_defence: 'défense',
		cred_scope_defence_ministry: 'ministère de la Défense',
		cred_scope_security: 'sécurité',
		cred_scope_security_ministry: 'ministère de la Sécurité',
		cred_scope_intelligence: 'renseignement',
		cred_scope_state_budget: 'budget de l’État',
		cred_scope_military_programming: 'programmation militaire',
		cred_sources_what: 'Chiffres publiés pour {country} {year} et leurs sources',
		cred_sources_sipri:
			'SIPRI, dépenses militaires {year} en monnaie locale courante : {value} (SIPRI Military Expenditure Database 2025).',
		cred_sources_no_sipri: 'SIPRI ne publie pas de chiffre pour {year}.',
		cred_col_period: 'Année(s)',
		cred_col_scope: 'Périmètre',
		cred_col_value: 'Valeur',
		cred_col_as_published: 'Tel que publié',
		cred_col_source: 'Source',
		cred_col_note: 'Remarque (en anglais)',
		// BOOST
		cred_boost_heading: 'Budget de l’État entier (Banque mondiale, BOOST)',
		cred_boost_title: 'Budget de l’État entier : approuvé et exécuté',
		cred_boost_sub:
			'Toutes les dépenses publiques, pas seulement la défense · Tchad absent de la source',
		cred_boost_show: 'Afficher les montants approuvés et exécutés',
		cred_boost_rate_title: 'Taux d’exécution du budget de l’État (exécuté ÷ approuvé)',
		cred_boost_rate_desc:
			'Une ligne par pays ; au-dessus de 100 %, l’État a dépensé plus que le budget approuvé.',
		cred_boost_rate_bands:
			'Repères PI-1 appliqués au budget entier : A entre 95 % et 105 %, B entre 90 % et 110 %, C entre 85 % et 115 %.',
		cred_formula_boost:
			'Formule : ligne « total » de la source (son secteur est écrit « Toatal », coquille reprise de la source) ; taux = exécuté ÷ approuvé. Seuls les filtres pays et années s’appliquent.',
		cred_boost_empty:
			'Aucune donnée BOOST pour ces filtres (pays couverts : Burkina Faso, Mali, Mauritanie, Niger ; 2006–2020).',
		cred_source_boost:
			'Source : Banque mondiale, BOOST (extrait du paquet R pigographs) ; licence non précisée par la source',
		cred_boost_excluded: 'BOOST, non converti faute de donnée SIPRI : {list}.',
		cred_hint_read:
			'Survolez une barre ou atteignez-la avec Tab pour lire ses valeurs exactes et le taux d’exécution.',
		cred_mark_rate: 'taux d’exécution {rate}',
		// Budget lines
		cred_h_lines: 'Défense et sécurité, ligne par ligne',
		cred_lines_demo:
			'Données fictives de démonstration : aucun de ces pays ne publie ses lignes budgétaires de défense ; importez les vôtres.',
		cred_lines_user: 'Vos lignes budgétaires : {datasets}.',
		cred_totals_title: 'Voté, révisé et exécuté, par année',
		cred_totals_sub_local:
			'Défense et sécurité · un panneau par pays et monnaie, chacun à sa propre échelle (monnaies différentes)',
		cred_totals_sub_usd: 'Défense et sécurité · un panneau par pays, même échelle pour tous',
		cred_totals_desc:
			'Barres groupées par année, de la plus claire à la plus foncée : voté, révisé, exécuté. Panneaux : {panels}.',
		cred_formula_totals:
			'Formule : somme, par pays et année, des lignes retenues par les filtres, pour chaque étape renseignée.',
		cred_stage_mark: '{place} {year}, {stage} : {value}',
		cred_gaps_title_institution: 'Écart entre exécuté et voté, par institution',
		cred_gaps_title_category: 'Écart entre exécuté et voté, par catégorie économique',
		cred_gaps_sub:
			'Période filtrée cumulée · barre : exécuté par rapport au voté ; losange : révisé par rapport au voté · même échelle pour tous les pays',
		cred_gaps_desc:
			'Barres de part et d’autre de zéro : à droite, plus dépensé que voté ; à gauche, moins. Lignes : {rows}.',
		cred_formula_gaps:
			'Formule : écart = Σ exécuté ÷ Σ voté − 1, montant = Σ exécuté − Σ voté, sur les lignes où voté et exécuté sont connus ; losange = Σ révisé ÷ Σ voté − 1.',
		cred_gaps_show_institution: 'Afficher l’écart par institution ({n} lignes)',
		cred_legend_gap: 'Exécuté par rapport au voté',
		cred_legend_revised: 'Révisé par rapport au voté',
		cred_gap_mark:
			'{place}, {item} : voté {approved}, exécuté {executed}, écart {share} ({amount}){revised}',
		cred_gap_mark_revised: ' ; révisé {share} par rapport au voté',
		cred_source_sipri_factor:
			'Conversion en dollars constants de 2023 : chaque montant × (dépenses militaires du pays cette année-là en dollars constants ÷ en monnaie locale), ratio tiré de SIPRI Military Expenditure Database 2025.',
		cred_excluded:
			'{n} ligne(s) budgétaire(s) exclue(s) de la conversion en dollars : pas de ratio SIPRI pour leur pays-année ou leur monnaie.',
		cred_hint:
			'Survolez une barre ou atteignez-la avec Tab pour lire ses valeurs exactes ; clic ou Entrée pour voir les lignes qui la composent.',
		cred_drill_year: '{country} {year}',
		cred_drill_item: '{country}, {item} (lignes où voté et exécuté sont connus)',
		cred_drill_sums:
			'Total de ces lignes : voté {approved} · révisé {revised} · exécuté {executed}',
		cred_drill_partial: 'Totaux calculés sur les lignes affichées seulement.',
		cred_no_budget: 'Aucune ligne budgétaire pour ces filtres.'
	},
	{
		cred_lead:
			'Is the defence and security budget spent as it was voted? Published data first (PEFA scores, finance laws, SIPRI, BOOST), then the detail line by line.',
		cred_note:
			'Institution, sector, category and currency basis filter the budget lines; the published series follow the country and years (the official PEFA scores, the country only).',
		cred_country_link: 'Country profile',
		cred_stage_approved: 'Voted',
		cred_stage_revised: 'Revised',
		cred_stage_executed: 'Executed',
		cred_col_country: 'Country',
		cred_col_year: 'Year',
		cred_col_item: 'Item',
		cred_col_line: 'Line',
		cred_col_gap: 'Gap',
		cred_col_gap_share: 'Gap (%)',
		cred_col_revised_share: 'Revised vs voted (%)',
		cred_col_rate: 'Execution rate',
		cred_col_currency: 'Currency',
		cred_h_pefa: 'PI-1 and PI-2: the official scores, then those Vigie computes',
		cred_pefa_lead:
			'Official scores: whole state budget, published by the PEFA Secretariat. Vigie’s scores: same formulas, defence and security lines only. PI-1: expenditure executed against the approved budget; PI-2: its composition (2.1 by function or administrative head, 2.2 by economic type, 2.3 contingency reserves).',
		cred_pefa_official_title: 'Official PEFA scores (whole state budget)',
		cred_pefa_official_sub: 'Each country’s latest assessment, 2016 framework · from A (best) to D',
		cred_pefa_official_meta:
			'Source: {publisher}, PEFA assessments on the 2016 framework (pefa.org batch download)',
		cred_pefa_official_link: 'source file',
		cred_pefa_notes: 'Remarks from the source',
		cred_col_assessment: 'Assessment',
		cred_col_pi1: 'PI-1',
		cred_pefa_earlier: '{year} {pi1} / {pi2}',
		cred_pefa_earlier_list: 'Earlier assessments (PI-1 / PI-2): {list}.',
		cred_pefa_vigie_title: 'Scores computed by Vigie (defence and security)',
		cred_pefa_vigie_sub_demo: 'Fictitious data · latest scored year (the year’s value in brackets)',
		cred_pefa_vigie_sub_user: 'Your lines · latest scored year (the year’s value in brackets)',
		cred_col_pi21: 'PI-2.1 institutions',
		cred_col_pi22: 'PI-2.2 categories',
		cred_col_years_used: 'Years scored',
		cred_pefa_scored: '{score} ({value})',
		cred_pefa_unscored: '– ({value})',
		cred_pefa_years: 'Values and scores year by year',
		cred_pi1: 'PI-1 · aggregate outturn (executed ÷ voted)',
		cred_pi2_institution: 'PI-2.1 · composition variance, by institution',
		cred_pi2_category: 'PI-2.2 · composition variance, by category',
		cred_pefa_bands_pi1:
			'PI-1 bands: {bands}; D otherwise. A letter needs the band met in at least two of the three years scored.',
		cred_pefa_bands_pi2:
			'PI-2 bands: {bands}; D otherwise. A letter needs the band met in at least two of the three years scored.',
		cred_pefa_no_letter: '“–”: no letter, one of the three years the score needs is missing.',
		cred_pefa_cell: '{what} {year}:',
		cred_pefa_cell_years: 'score on {from}–{to}',
		cred_formula_pefa:
			'Formulas: Vigie’s PI-1 and PI-2 indicators (see Methodology), on the lines the filters keep.',
		cred_pefa_none: 'No defence or security lines for these filters.',
		cred_h_triangulation: 'Finance laws and SIPRI: two scopes, two figures',
		cred_tri_lead:
			'SIPRI counts military spending only (armed forces, defence ministry, paramilitary forces trained for combat); a finance law’s defence and security appropriations also include the police and the gendarmerie. Both are shown; where two sources disagree, both.',
		cred_tri_title: 'Finance laws and military spending according to SIPRI',
		cred_tri_sub:
			'Grey bar: SIPRI; marks: finance laws · current local currency, by country, year and stage · at the end of the row, the share of the state budget',
		cred_tri_desc:
			'For each country, year and budget stage: a grey bar for SIPRI, marks for the finance laws (diamond: defence and security; circle: defence alone; orange square: security alone). {n} rows.',
		cred_tri_meta:
			'Sources: finance laws and budget presentations, cited figure by figure (open a row: it also lists amounts published in dollars, drafts and programming laws); SIPRI Military Expenditure Database 2025.',
		cred_tri_legend_sipri: 'SIPRI (military only)',
		cred_tri_legend_ds: 'Defence and security (police, gendarmerie)',
		cred_tri_legend_defence: 'Defence alone',
		cred_tri_legend_security: 'Security alone',
		cred_tri_row: '{year} · {stage}',
		cred_tri_no_sipri: 'SIPRI: n/a',
		cred_tri_mark: '{place}, {stage}: {figures}',
		cred_tri_mark_sipri: 'SIPRI {value}',
		cred_tri_mark_no_sipri: 'SIPRI: no figure',
		cred_tri_mark_figure: '{scope} {value} ({publisher})',
		cred_tri_shares: '{list} of the state budget',
		cred_tri_hint:
			'Hover over a row or reach it with Tab to read its figures and their sources; click or press Enter to open all the year’s sources.',
		cred_tri_none: 'No finance-law figure for these filters.',
		cred_col_stage: 'Stage',
		cred_col_sipri: 'SIPRI',
		cred_col_law_defence_security: 'Finance law: defence and security',
		cred_col_law_defence: 'Finance law: defence',
		cred_col_law_security: 'Finance law: security',
		cred_col_shares: 'Share of the state budget',
		cred_law_stage_voted: 'voted',
		cred_law_stage_revised: 'revised',
		cred_law_stage_executed: 'executed',
		cred_law_stage_proposed: 'draft law',
		cred_law_stage_programmed: 'programmed',
		cred_scope_defence_security: 'defence and security',
		cred_scope_defence: 'defence',
		cred_scope_defence_ministry: 'defence ministry',
		cred_scope_security: 'security',
		cred_scope_security_ministry: 'security ministry',
		cred_scope_intelligence: 'intelligence',
		cred_scope_state_budget: 'state budget',
		cred_scope_military_programming: 'military programming',
		cred_sources_what: 'Published figures for {country} {year} and their sources',
		cred_sources_sipri:
			'SIPRI, military spending {year} in current local currency: {value} (SIPRI Military Expenditure Database 2025).',
		cred_sources_no_sipri: 'SIPRI publishes no figure for {year}.',
		cred_col_period: 'Year(s)',
		cred_col_scope: 'Scope',
		cred_col_value: 'Value',
		cred_col_as_published: 'As published',
		cred_col_source: 'Source',
		cred_col_note: 'Remark',
		cred_boost_heading: 'Whole state budget (World Bank, BOOST)',
		cred_boost_title: 'Whole state budget: approved and executed',
		cred_boost_sub: 'All public spending, not just defence · Chad not in the source',
		cred_boost_show: 'Show the approved and executed amounts',
		cred_boost_rate_title: 'Government budget execution rate (executed ÷ approved)',
		cred_boost_rate_desc:
			'One line per country; above 100%, the state spent more than the approved budget.',
		cred_boost_rate_bands:
			'PI-1 yardsticks applied to the whole budget: A between 95% and 105%, B between 90% and 110%, C between 85% and 115%.',
		cred_formula_boost:
			'Formula: the source’s “total” line (its sector is spelled “Toatal”, a typo kept from the source); rate = executed ÷ approved. Only the country and year filters apply.',
		cred_boost_empty:
			'No BOOST data for these filters (countries covered: Burkina Faso, Mali, Mauritania, Niger; 2006–2020).',
		cred_source_boost:
			'Source: World Bank, BOOST (extract from the pigographs R package); licence not stated by the source',
		cred_boost_excluded: 'BOOST, not converted for want of a SIPRI figure: {list}.',
		cred_hint_read:
			'Hover over a bar or reach it with Tab to read its exact values and the execution rate.',
		cred_mark_rate: 'execution rate {rate}',
		cred_h_lines: 'Defence and security, line by line',
		cred_lines_demo:
			'Fictitious demonstration data: none of these countries publishes its defence budget lines; import yours.',
		cred_lines_user: 'Your budget lines: {datasets}.',
		cred_totals_title: 'Voted, revised and executed, by year',
		cred_totals_sub_local:
			'Defence and security · one panel per country and currency, each on its own scale (different currencies)',
		cred_totals_sub_usd: 'Defence and security · one panel per country, one scale for all',
		cred_totals_desc:
			'Bars grouped by year, lightest to darkest: voted, revised, executed. Panels: {panels}.',
		cred_formula_totals:
			'Formula: sum, per country and year, of the lines the filters keep, for each stage that is given.',
		cred_stage_mark: '{place} {year}, {stage}: {value}',
		cred_gaps_title_institution: 'Gap between executed and voted, by institution',
		cred_gaps_title_category: 'Gap between executed and voted, by economic category',
		cred_gaps_sub:
			'Filtered period combined · bar: executed against voted; diamond: revised against voted · one scale for all countries',
		cred_gaps_desc:
			'Bars either side of zero: to the right, more spent than voted; to the left, less. Rows: {rows}.',
		cred_formula_gaps:
			'Formula: gap = Σ executed ÷ Σ voted − 1, amount = Σ executed − Σ voted, over lines with both voted and executed figures; diamond = Σ revised ÷ Σ voted − 1.',
		cred_gaps_show_institution: 'Show the gap by institution ({n} rows)',
		cred_legend_gap: 'Executed against voted',
		cred_legend_revised: 'Revised against voted',
		cred_gap_mark:
			'{place}, {item}: voted {approved}, executed {executed}, gap {share} ({amount}){revised}',
		cred_gap_mark_revised: '; revised {share} against voted',
		cred_source_sipri_factor:
			'Conversion to constant 2023 US$: each amount × (the country’s military spending that year in constant dollars ÷ in local currency), the ratio taken from the SIPRI Military Expenditure Database 2025.',
		cred_excluded:
			'{n} budget line(s) left out of the dollar conversion: SIPRI has no ratio for their country-year or currency.',
		cred_hint:
			'Hover over a bar or reach it with Tab to read its exact values; click or press Enter to see the lines it is made of.',
		cred_drill_year: '{country} {year}',
		cred_drill_item: '{country}, {item} (lines with both voted and executed figures)',
		cred_drill_sums:
			'Total of these lines: voted {approved} · revised {revised} · executed {executed}',
		cred_drill_partial: 'Totals computed on the rows shown only.',
		cred_no_budget: 'No budget lines for these filters.'
	}
);
