import { defineMessages } from '../define-messages.ts';

/** The procurement view (/marches/): methods, red flags, suppliers, flagged contracts. */
export default defineMessages(
	{
		proc_intro:
			'Comment les marchés de défense et de sécurité sont passés, d’après les sources publiées puis marché par marché. Un signal d’alerte est une question à poser, pas la preuve d’une faute.',
		proc_year: 'Année',
		proc_amount: 'Montant attribué',
		proc_share: 'Part du total',
		proc_contracts: 'Marchés',
		proc_supplier: 'Fournisseur',
		proc_spellings: 'Orthographes',
		proc_derogation: 'Tout le régime dérogatoire',
		method_derogation: 'Régime dérogatoire / secret défense',
		proc_methods_title: 'Modes de passation par année d’attribution',
		proc_methods_subtitle:
			'Part de la valeur attribuée par mode (barres ; « régime dérogatoire / secret défense » : marchés de ce régime sans mode indiqué) et part attribuée sous régime dérogatoire quel que soit le mode (ligne)',
		proc_methods_desc:
			'Barres empilées à 100 % de {from} à {to} : part de la valeur attribuée par appel d’offres ouvert, restreint, demande de prix, entente directe, sous régime dérogatoire sans mode indiqué, et sans mode ni régime indiqués ; la ligne donne la part attribuée sous régime dérogatoire, quel que soit le mode.',
		proc_bar_label: '{year}, {method} : {share} de la valeur ({amount}, {n} marchés)',
		proc_derog_point:
			'{year}, tout le régime dérogatoire (secret défense) : {share} de la valeur (calculé sur {n} de {total} marchés)',
		proc_flags_title: 'Signaux d’alerte',
		proc_flags_intro:
			'Chaque signal est calculé par l’indicateur de la page Méthodologie du même nom, sur les marchés sélectionnés ; la couverture dit sur combien de marchés il a pu l’être.',
		proc_flag_direct: 'Entente directe',
		proc_flag_direct_unit: 'de la valeur attribuée sans mise en concurrence',
		proc_flag_direct_rule:
			'Signal : marché passé en entente directe (gré à gré). Réservée par les codes des marchés à des cas d’exception : une part élevée appelle des questions.',
		proc_flag_single: 'Offre unique',
		proc_flag_single_unit: 'des appels d’offres ouverts ou restreints n’ont reçu qu’une offre',
		proc_flag_single_rule:
			'Signal : une seule offre reçue à un appel d’offres ouvert ou restreint (Open Contracting, R018).',
		proc_flag_short: 'Délai de remise court',
		proc_flag_short_unit: 'des marchés au délai connu ont laissé moins de {days} jours',
		proc_flag_short_rule:
			'Signal : moins de {days} jours entiers pour remettre les offres, quel que soit le mode (Open Contracting, R003).',
		proc_flag_split: 'Fractionnement possible',
		proc_flag_split_unit: 'marchés dans une suite suspecte',
		proc_flag_split_rule:
			'Signal : au moins deux attributions sous {threshold} (monnaie du marché) par le même acheteur au même fournisseur en {window} jours, dont la somme dépasse ce seuil (seuil indicatif : à remplacer par celui du code national).',
		proc_flag_amend: 'Avenants',
		proc_flag_amend_unit: 'de hausse de valeur par avenants (Σ finale ÷ Σ attribuée − 1)',
		proc_flag_amend_rule:
			'Signal : valeur finale supérieure de plus de {cap} à la valeur attribuée (plafond usuel des avenants dans l’UEMOA ; vérifiez le plafond national).',
		proc_flag_none: 'non calculable',
		proc_flag_rules: 'Ce qui lève chaque signal',
		proc_flag_open: 'Voir les {n} marchés signalés',
		proc_coverage: 'Calculé sur {n} de {total} marchés',
		proc_suppliers_title: 'Principaux fournisseurs',
		proc_suppliers_subtitle:
			'Les {n} premiers par montant attribué, avec leur part du total ; les orthographes d’une même entreprise sont regroupées',
		proc_suppliers_desc: 'Barres horizontales par fournisseur. Premier : {first}.',
		proc_supplier_label: '{name} : {amount} ({share} du total, {n} marchés)',
		proc_variants: '{n} orthographes regroupées : {variants}',
		proc_no_variants: 'Aucune orthographe regroupée parmi ces fournisseurs.',
		proc_concentration:
			'Concentration de la sélection : premier fournisseur {top1}, trois premiers {top3}, indice de Herfindahl-Hirschman {hhi} sur 10 000 ({band}).',
		proc_hhi_low: 'peu concentré : moins de 1 500',
		proc_hhi_moderate: 'modérément concentré : de 1 500 à 2 500',
		proc_hhi_high: 'très concentré : plus de 2 500',
		proc_suppliers_coverage:
			'Fournisseur indiqué pour {n} de {total} marchés ; {firms} entreprises distinctes après regroupement des orthographes.',
		proc_table_title: 'Marchés signalés',
		proc_table_intro:
			'Les marchés sélectionnés qui portent au moins un signal, avec leur ligne source.',
		proc_table_count: '{shown} affichés sur {total} (page {page} sur {pages})',
		proc_sort: 'Trier par',
		proc_sort_amount: 'montant',
		proc_sort_date: 'date',
		proc_sort_flags: 'nombre de signaux',
		proc_sort_supplier: 'fournisseur',
		proc_page_prev: 'Page précédente',
		proc_page_next: 'Page suivante',
		proc_col_date: 'Attribution',
		proc_col_contract: 'Acheteur et marché',
		proc_col_supplier: 'Fournisseur',
		proc_col_reference: 'Référence',
		proc_col_flags: 'Signaux',
		proc_col_source: 'Ligne source',
		proc_source_row: '{dataset}, ligne {row}',
		proc_basis_forced:
			'La sélection mêle des montants en {units}, qui ne s’additionnent pas : ils sont convertis en dollars constants de 2023 (ratio des séries SIPRI du pays et de l’année). Choisissez un seul pays pour les voir en monnaie locale.',
		proc_basis_missing: '{n} marché(s) sans conversion possible sont exclus des montants.',
		proc_undated: '{n} marché(s) sans date d’attribution ne sont pas comptés.',
		proc_meta: 'Montants : {unit} · Source : {datasets}',
		proc_drill_bar: '{method}, {year}',
		proc_drill_supplier: 'fournisseur {name}',
		proc_drill_sum: 'Total de ces marchés : {sum} pour {n} marché(s).',
		proc_filters_note:
			'Le filtre de pays s’applique aussi aux données publiées ; la période, l’institution et le mode, aux marchés seulement.',
		proc_real_title: 'Ce que disent les sources publiées',
		proc_real_lead:
			'Notes PEFA de la passation des marchés (PI-24), indice GDI de Transparency International et textes datés : des données réelles, chacune avec sa source. Méthodes :',
		proc_real_events_link: 'événements datés',
		proc_pefa_title: 'PEFA PI-24 : passation des marchés, à chaque évaluation',
		proc_pefa_sub:
			'Note globale et ses quatre dimensions ; PI-24.2 (encadrée) : part de la valeur des marchés attribuée par mise en concurrence — A : 80 % ou plus, B : 70 % ou plus, C : 60 % ou plus, D : moins',
		proc_pefa_meta: 'Notes PEFA, cadre 2016 · Source : {source}',
		proc_pefa_desc:
			'Grille des notes PEFA PI-24 de {n} évaluations, une ligne par évaluation, une colonne par note. Dernière note PI-24.2 de chaque pays : {latest}.',
		proc_pefa_dim_24: 'note globale',
		proc_pefa_dim_24_1: 'suivi',
		proc_pefa_dim_24_2: 'méthodes',
		proc_pefa_dim_24_3: 'accès public',
		proc_pefa_dim_24_4: 'réclamations',
		proc_pefa_link:
			'Fichier source : scores des évaluations PEFA (téléchargement groupé, cadre 2016)',
		proc_pefa_col_assessment: 'Évaluation',
		proc_pefa_col_note: 'Remarque de la source',
		proc_pefa_legend_nr: 'NR : non noté',
		proc_pefa_none: 'Aucune évaluation PEFA pour ces pays.',
		proc_gdi_title: 'Indice GDI 2020 : risque de corruption des achats de défense',
		proc_gdi_sub:
			'Note du domaine « achats » sur 100 (plus elle est basse, plus le risque est élevé) et sa bande, de A (risque très faible) à F (critique)',
		proc_gdi_meta: 'Note sur 100 · Source : {source}',
		proc_gdi_desc: 'Barres horizontales, note du domaine « achats » par pays : {rows}.',
		proc_gdi_text: '{score}/100, bande {band}',
		proc_gdi_none: 'pas de page GDI 2020',
		proc_gdi_none_before: 'pas de page GDI 2020 ({edition} : bande globale {band})',
		proc_gdi_col_country: 'Pays',
		proc_gdi_col_score: 'Note « achats » (sur 100)',
		proc_gdi_col_band: 'Note et bande',
		proc_rules_title: 'Changements de règles datés',
		proc_rules_source: 'source',
		proc_rules_none: 'Aucun texte daté pour ces pays.',
		proc_records_title: 'Les marchés un par un',
		proc_records_lead:
			'Calculé sur les marchés que vous avez importés ou, à défaut, sur des données fictives de démonstration : chaque figure nomme ses jeux de données. Cliquez sur une barre ou un point pour voir les marchés qui le composent.',
		proc_not_awarded:
			'{n} processus sans attribution (avis d’appel d’offres ou de planification) ne sont dans aucun montant.',
		proc_table_show: 'Afficher les {n} marchés signalés',
		proc_variants_show: 'Orthographes regroupées ({n} entreprises)',
		proc_drill_derog: 'tout le régime dérogatoire, {year}',
		proc_drill_share:
			'Valeur des marchés au régime connu cette année-là : {base} ; part dérogatoire : {share}.',
		proc_no_contracts: 'Aucun marché pour ces filtres.'
	},
	{
		proc_intro:
			'How defence and security contracts are awarded, from the published sources, then contract by contract. A red flag is a question to ask, not proof of wrongdoing.',
		proc_year: 'Year',
		proc_amount: 'Amount awarded',
		proc_share: 'Share of total',
		proc_contracts: 'Contracts',
		proc_supplier: 'Supplier',
		proc_spellings: 'Spellings',
		proc_derogation: 'All under derogatory regime',
		method_derogation: 'Derogatory regime / defence secret',
		proc_methods_title: 'Procurement methods by award year',
		proc_methods_subtitle:
			'Share of the value awarded by method (bars; “derogatory regime / defence secret”: contracts under that regime with no stated method) and share awarded under the derogatory regime whatever the method (line)',
		proc_methods_desc:
			'100% stacked bars from {from} to {to}: share of the value awarded by open tender, restricted tender, request for quotations, direct award, under the derogatory regime with no stated method, and with neither method nor regime stated; the line gives the share awarded under the derogatory regime, whatever the method.',
		proc_bar_label: '{year}, {method}: {share} of the value ({amount}, {n} contracts)',
		proc_derog_point:
			'{year}, all under the derogatory regime (defence secret): {share} of the value (computed on {n} of {total} contracts)',
		proc_flags_title: 'Red flags',
		proc_flags_intro:
			'Each flag is computed by the indicator of the same name on the Methodology page, on the selected contracts; coverage says how many contracts it could be computed on.',
		proc_flag_direct: 'Direct award',
		proc_flag_direct_unit: 'of the value awarded without competition',
		proc_flag_direct_rule:
			'Flag: contract awarded directly (single source). Procurement codes keep it for exceptions: a high share calls for questions.',
		proc_flag_single: 'Single bid',
		proc_flag_single_unit: 'of open or restricted tenders received only one bid',
		proc_flag_single_rule:
			'Flag: only one bid received in an open or restricted tender (Open Contracting, R018).',
		proc_flag_short: 'Short bidding period',
		proc_flag_short_unit: 'of contracts with a known period left fewer than {days} days',
		proc_flag_short_rule:
			'Flag: fewer than {days} whole days to submit bids, whatever the method (Open Contracting, R003).',
		proc_flag_split: 'Possible splitting',
		proc_flag_split_unit: 'contracts in a suspicious run',
		proc_flag_split_rule:
			'Flag: at least two awards under {threshold} (in the contract’s currency) by one buyer to one supplier within {window} days, together above that threshold (indicative threshold: use the national code’s).',
		proc_flag_amend: 'Amendments',
		proc_flag_amend_unit: 'value growth through amendments (Σ final ÷ Σ awarded − 1)',
		proc_flag_amend_rule:
			'Flag: final value more than {cap} above the awarded value (the usual cap on amendments in WAEMU countries; check the national cap).',
		proc_flag_none: 'cannot be computed',
		proc_flag_rules: 'What raises each flag',
		proc_flag_open: 'See the {n} flagged contracts',
		proc_coverage: 'Computed on {n} of {total} contracts',
		proc_suppliers_title: 'Main suppliers',
		proc_suppliers_subtitle:
			'The top {n} by amount awarded, with their share of the total; spellings of one firm are merged',
		proc_suppliers_desc: 'Horizontal bars by supplier. First: {first}.',
		proc_supplier_label: '{name}: {amount} ({share} of the total, {n} contracts)',
		proc_variants: '{n} spellings merged: {variants}',
		proc_no_variants: 'No spellings merged among these suppliers.',
		proc_concentration:
			'Concentration of the selection: largest supplier {top1}, three largest {top3}, Herfindahl-Hirschman index {hhi} out of 10,000 ({band}).',
		proc_hhi_low: 'unconcentrated: below 1,500',
		proc_hhi_moderate: 'moderately concentrated: 1,500 to 2,500',
		proc_hhi_high: 'highly concentrated: above 2,500',
		proc_suppliers_coverage:
			'Supplier given for {n} of {total} contracts; {firms} distinct firms once spellings are merged.',
		proc_table_title: 'Flagged contracts',
		proc_table_intro: 'The selected contracts that carry at least one flag, with their source row.',
		proc_table_count: '{shown} shown of {total} (page {page} of {pages})',
		proc_sort: 'Sort by',
		proc_sort_amount: 'amount',
		proc_sort_date: 'date',
		proc_sort_flags: 'number of flags',
		proc_sort_supplier: 'supplier',
		proc_page_prev: 'Previous page',
		proc_page_next: 'Next page',
		proc_col_date: 'Awarded',
		proc_col_contract: 'Buyer and contract',
		proc_col_supplier: 'Supplier',
		proc_col_reference: 'Reference',
		proc_col_flags: 'Flags',
		proc_col_source: 'Source row',
		proc_source_row: '{dataset}, row {row}',
		proc_basis_forced:
			'The selection mixes amounts in {units}, which cannot be added: they are converted to constant 2023 US dollars (ratio of SIPRI’s series for the country and year). Choose a single country to see them in local currency.',
		proc_basis_missing: '{n} contract(s) with no possible conversion are left out of amounts.',
		proc_undated: '{n} contract(s) without an award date are not counted.',
		proc_meta: 'Amounts: {unit} · Source: {datasets}',
		proc_drill_bar: '{method}, {year}',
		proc_drill_supplier: 'supplier {name}',
		proc_drill_sum: 'Total of these contracts: {sum} for {n} contract(s).',
		proc_filters_note:
			'The country filter applies to the published data too; the period, institution and method, to contracts only.',
		proc_real_title: 'What the published sources say',
		proc_real_lead:
			'PEFA scores of procurement (PI-24), Transparency International’s GDI and dated texts: real data, each with its source. Methods:',
		proc_real_events_link: 'dated events',
		proc_pefa_title: 'PEFA PI-24: procurement, at each assessment',
		proc_pefa_sub:
			'Overall score and its four dimensions; PI-24.2 (framed): share of the value of contracts awarded competitively — A: 80% or more, B: 70% or more, C: 60% or more, D: less',
		proc_pefa_meta: 'PEFA scores, 2016 framework · Source: {source}',
		proc_pefa_desc:
			'Grid of the PEFA PI-24 scores of {n} assessments, one row per assessment, one column per score. Each country’s latest PI-24.2 score: {latest}.',
		proc_pefa_dim_24: 'overall',
		proc_pefa_dim_24_1: 'monitoring',
		proc_pefa_dim_24_2: 'methods',
		proc_pefa_dim_24_3: 'public access',
		proc_pefa_dim_24_4: 'complaints',
		proc_pefa_link: 'Source file: PEFA assessment scores (batch download, 2016 framework)',
		proc_pefa_col_assessment: 'Assessment',
		proc_pefa_col_note: 'Source’s remark',
		proc_pefa_legend_nr: 'NR: not rated',
		proc_pefa_none: 'No PEFA assessment for these countries.',
		proc_gdi_title: 'GDI 2020: corruption risk in defence procurement',
		proc_gdi_sub:
			'Score of the “procurement” risk area out of 100 (the lower, the higher the risk) and its band, from A (very low risk) to F (critical)',
		proc_gdi_meta: 'Score out of 100 · Source: {source}',
		proc_gdi_desc: 'Horizontal bars, score of the “procurement” risk area by country: {rows}.',
		proc_gdi_text: '{score}/100, band {band}',
		proc_gdi_none: 'no GDI 2020 page',
		proc_gdi_none_before: 'no GDI 2020 page ({edition}: overall band {band})',
		proc_gdi_col_country: 'Country',
		proc_gdi_col_score: '“Procurement” score (out of 100)',
		proc_gdi_col_band: 'Score and band',
		proc_rules_title: 'Dated rule changes',
		proc_rules_source: 'source',
		proc_rules_none: 'No dated text for these countries.',
		proc_records_title: 'Contract by contract',
		proc_records_lead:
			'Computed on the contracts you imported or, failing that, on fictitious demonstration data: each figure names its datasets. Click a bar or point to see the contracts it is made of.',
		proc_not_awarded:
			'{n} contracting process(es) with no award yet (tender or planning notices) are in no amount.',
		proc_table_show: 'Show the {n} flagged contracts',
		proc_variants_show: 'Spellings merged ({n} firms)',
		proc_drill_derog: 'all under the derogatory regime, {year}',
		proc_drill_share:
			'Value of that year’s contracts of known regime: {base}; derogatory share: {share}.',
		proc_no_contracts: 'No contracts for these filters.'
	}
);
