import { defineMessages } from '../define-messages.ts';

/**
 * Key findings (src/lib/findings/): one sentence template per finding type, numbers filled in
 * already formatted. `{demo}` is empty, or says in the sentence itself that the figure comes
 * from the fictitious demonstration data. `{in_place}`: « au Mali », « en Mauritanie ».
 */
export default defineMessages(
	{
		findings_title: 'Constats clés',
		findings_filtered: 'selon les filtres appliqués',
		findings_see: 'Voir le détail',
		findings_source: 'Source : {source}',
		findings_demo: ' (données fictives de démonstration)',
		findings_in_BFA: 'au Burkina Faso',
		findings_in_MLI: 'au Mali',
		findings_in_MRT: 'en Mauritanie',
		findings_in_NER: 'au Niger',
		findings_in_TCD: 'au Tchad',
		findings_in_other: 'pour {country}',
		// — governance views (published data first): /controle/ and /indicateurs/ —
		findings_level_obs_weak: 'faible',
		findings_level_obs_medium: 'limité',
		findings_level_obs_strong: 'adéquat',
		findings_obs_legislative_min:
			'{In_place}, l’Open Budget Survey {year} note à {score}/100 le contrôle du budget par le Parlement (« {level} » selon l’IBP), le plus bas des {n} pays couverts (non couvert par l’enquête : {uncoveredCountries}).',
		findings_obs_legislative_min_all:
			'{In_place}, l’Open Budget Survey {year} note à {score}/100 le contrôle du budget par le Parlement (« {level} » selon l’IBP), le plus bas des {n} pays couverts.',
		findings_obs_legislative_one:
			'{In_place}, l’Open Budget Survey {year} note à {score}/100 le contrôle du budget par le Parlement (« {level} » selon l’IBP).',
		findings_obs_not_covered:
			'Non couvert par l’Open Budget Survey : {uncoveredCountries} ; aucun score de contrôle budgétaire n’y est publié.',
		findings_procurement_rule: '{In_place}, le {date} — {title}.',
		findings_procurement_rules:
			'{In_place}, le {date} — {title} (et {others} autre(s) texte(s) sur ces achats en {year}).',
		findings_gdi_q26_same:
			'Au GDI 2020 de Transparency International, la question sur la part des dépenses secrètes (Q26) est notée {score}/100 (100 = bonne pratique) dans les pays évalués : {assessedCountries} ; sans fiche pays 2020 : {uncoveredCountries}.',
		findings_gdi_q26_same_all:
			'Au GDI 2020 de Transparency International, la question sur la part des dépenses secrètes (Q26) est notée {score}/100 (100 = bonne pratique) dans les pays évalués : {assessedCountries}.',
		findings_gdi_q26_range:
			'Au GDI 2020 de Transparency International, la question sur la part des dépenses secrètes (Q26) va de {score}/100 à {scoreMax}/100 (100 = bonne pratique) dans les pays évalués : {assessedCountries} ; sans fiche pays 2020 : {uncoveredCountries}.',
		findings_gdi_q26_range_all:
			'Au GDI 2020 de Transparency International, la question sur la part des dépenses secrètes (Q26) va de {score}/100 à {scoreMax}/100 (100 = bonne pratique) dans les pays évalués : {assessedCountries}.',
		findings_matrix_real_gap:
			'{In_place}, les dépenses militaires ont crû de {value} par an en termes réels de {from} à {to} (SIPRI) face à un contrôle que l’Open Budget Survey et le PEFA disent faible : déficit de redevabilité, comme dans {others} autre(s) des {total} pays.',
		findings_matrix_real_gap_one:
			'{In_place}, les dépenses militaires ont crû de {value} par an en termes réels de {from} à {to} (SIPRI) face à un contrôle que l’Open Budget Survey et le PEFA disent faible : déficit de redevabilité.',
		findings_milex_burden_max:
			'En {year}, les dépenses militaires représentent {value} du PIB {in_place}, la part la plus élevée des {n} pays (la plus faible : {min}, {minCountry}), selon le SIPRI.',
		findings_milex_burden_one:
			'{In_place}, les dépenses militaires représentent {value} du PIB en {year}, selon le SIPRI.',
		findings_matrix_demo_gaps:
			'Sur les enregistrements de {from} à {to}, {n} pays-années sur {total} sont en déficit de redevabilité, dont {countryN} {in_place}{demo}.',
		findings_matrix_demo_none:
			'Sur les enregistrements de {from} à {to}, aucun des {total} pays-années n’est en déficit de redevabilité{demo}.',
		findings_competitive_min:
			'En {year}, la part des marchés attribués par mise en concurrence est la plus faible {in_place} : {value} de la valeur (note {band}), parmi {n} pays{demo}.',
		findings_competitive_one:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été par mise en concurrence (note {band}){demo}.',
		findings_derogation_max:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été sous régime dérogatoire (secret défense), la part la plus forte des {n} pays{demo}.',
		findings_derogation_one:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été sous régime dérogatoire (secret défense){demo}.',
		findings_classified_over:
			'En {year}, la part classifiée des crédits de défense et de sécurité dépasse {threshold}, le seuil le plus élevé de l’indice GDI, dans {n} pays sur {total}, de {min} à {max}{demo}.',
		findings_classified_one:
			'{In_place}, la part classifiée des crédits de défense et de sécurité votés en {year} est de {value} (bande GDI : {band}){demo}.',
		findings_unaudited_many:
			'De {from} à {to}, {n} exercice(s) de dépenses de défense et de sécurité exécutées n’ont fait l’objet d’aucun rapport d’audit, dont {countryN} {in_place}{demo}.',
		findings_unaudited_country:
			'{In_place}, {n} exercice(s) de dépenses de défense et de sécurité exécutées entre {from} et {to} n’ont fait l’objet d’aucun rapport d’audit{demo}.',
		findings_unaudited_none:
			'De {from} à {to}, chaque exercice de dépenses de défense et de sécurité exécutées a au moins un rapport d’audit{demo}.',
		findings_audit_min:
			'En {year}, les rapports d’audit n’ont couvert que {value} des dépenses de défense et de sécurité exécutées {in_place}, le plus faible des {n} pays (au mieux {max}, {maxCountry}){demo}.',
		findings_audit_zero:
			'En {year}, aucun rapport d’audit ne couvre les dépenses de défense et de sécurité exécutées dans {zero} pays sur {n}, notamment {in_place} ; au mieux, les audits en couvrent {max} ({maxCountry}){demo}.',
		findings_audit_zero_one:
			'{In_place}, aucun rapport d’audit ne couvre les dépenses de défense et de sécurité exécutées en {year} ; parmi les {n} pays, les audits en couvrent au mieux {max} ({maxCountry}){demo}.',
		findings_audit_one:
			'{In_place}, les rapports d’audit ont couvert {value} des dépenses de défense et de sécurité exécutées en {year}{demo}.',
		findings_publication_late:
			'Sur {total} documents dont le délai PEFA PI-9 se calcule, {late} ont été publiés en retard ; le plus tardif : {document}, {country} {year}, publié {months} après la fin de l’exercice{demo}.',
		// Budget credibility (/credibilite/): real figures (PEFA, finance laws, SIPRI, BOOST) first.
		findings_cred_pefa_official_many:
			'Dans la dernière évaluation PEFA de chaque pays ({from}–{to}, budget entier de l’État), {n} des {total} pays sont notés D en PI-1, l’écart entre dépenses exécutées et budget approuvé ; la meilleure note est {best} ({maxCountry}, {bestYear}).',
		findings_cred_pefa_official_one:
			'{In_place}, la dernière évaluation PEFA ({year}) note {pi1} l’exécution globale du budget de l’État (PI-1) et {pi2} sa composition (PI-2).',
		findings_cred_state_share:
			'{In_place}, selon la loi de finances {year}, la défense et la sécurité représentent {value} du budget de l’État.',
		findings_cred_triangulation:
			'{In_place}, la loi de finances {year} affecte {amount} à la défense et à la sécurité, {ratio} fois les {sipri} de dépenses militaires comptées par SIPRI, qui laisse de côté la police et la gendarmerie hors opérations militaires.',
		findings_cred_boost_min:
			'{In_place}, l’État a exécuté {value} de son budget approuvé en {year}, tous secteurs confondus : le taux le plus bas des {n} pays couverts par BOOST cette année-là.',
		findings_cred_boost_one:
			'{In_place}, l’État a exécuté {value} de son budget approuvé en {year}, tous secteurs confondus.',
		findings_cred_execution:
			'{In_place}, les dépenses de défense et de sécurité exécutées en {year} atteignent {value} des crédits votés, l’écart le plus grand des {n} pays ; PI-1 calculé par Vigie : {score} ({from}–{to}){demo}.',
		findings_cred_execution_one:
			'{In_place}, les dépenses de défense et de sécurité exécutées en {year} atteignent {value} des crédits votés ; PI-1 calculé par Vigie : {score} ({from}–{to}){demo}.',
		findings_cred_execution_unscored:
			'{In_place}, les dépenses de défense et de sécurité exécutées en {year} atteignent {value} des crédits votés ; trop peu d’années pour une note PI-1{demo}.',
		// Country profiles (src/lib/findings/country-findings.ts): real published data only
		findings_country_growth:
			'{In_place}, les dépenses militaires ont évolué de {growth} en termes réels de {from} à {to} (dollars constants de 2023) ; en {year}, elles représentent {gdp} du PIB.',
		findings_country_budget_sipri:
			'Budget {year} ({stage}) : {amount} pour {scope} ; pour la même année, le SIPRI compte {sipri} de dépenses militaires, sans la police ni la plus grande part de la gendarmerie.',
		findings_country_budget:
			'Budget {year} ({stage}) : {amount} pour {scope} ; le SIPRI n’a pas encore de chiffre pour cette année.',
		findings_country_pefa:
			'Évaluation PEFA {year} : audit externe (PI-30) {pi30}, examen des rapports d’audit par le Parlement (PI-31) {pi31}, accès du public aux informations budgétaires (PI-9) {pi9}, sur une échelle de A à D.',
		findings_country_obs:
			'Enquête sur le budget ouvert {year} : transparence {transparency}/100, contrôle du budget {oversight}/100, participation du public {participation}/100.',
		findings_country_gdi:
			'Indice GDI 2020 de Transparency International : risque de corruption {gdiRisk} dans la défense (bande {gdiBand}).',
		findings_country_gdi_old:
			'Pas de page pays dans l’indice GDI 2020 ; l’édition {year} classait le risque de corruption dans la défense comme {gdiRisk} (bande {gdiBand}).',
		findings_country_event: 'Dernier événement daté ({date}) : {title}.',
		// Procurement (/marches/): published data first, then the contracts.
		findings_proc_pefa_range_below:
			'PEFA PI-24.2 : note {score} {in_place} (évaluation {year}), soit moins de {threshold} de la valeur des marchés attribuée par mise en concurrence — la plus faible des {n} pays notés ; la meilleure : {best} ({maxCountry}, {maxYear}).',
		findings_proc_pefa_range_atleast:
			'PEFA PI-24.2 : note {score} {in_place} (évaluation {year}), soit au moins {threshold} de la valeur des marchés attribuée par mise en concurrence — la plus faible des {n} pays notés ; la meilleure : {best} ({maxCountry}, {maxYear}).',
		findings_proc_pefa_one_below:
			'PEFA PI-24.2 {in_place} (évaluation {year}) : note {score}, soit moins de {threshold} de la valeur des marchés attribuée par mise en concurrence.',
		findings_proc_pefa_one_atleast:
			'PEFA PI-24.2 {in_place} (évaluation {year}) : note {score}, soit au moins {threshold} de la valeur des marchés attribuée par mise en concurrence.',
		findings_proc_pefa_unrated:
			'PEFA PI-24.2 (part de la valeur des marchés attribuée par mise en concurrence) n’a pas été noté {in_place} lors de l’évaluation {year} ({score}).',
		findings_proc_gdi_min:
			'Indice GDI {year} (Transparency International) : les achats de défense obtiennent {score}/100 {in_place} (bande {gdiBand}), le risque de corruption le plus élevé des {n} pays couverts.',
		findings_proc_gdi_min_gap:
			'Indice GDI {year} (Transparency International) : les achats de défense obtiennent {score}/100 {in_place} (bande {gdiBand}), le risque de corruption le plus élevé des {n} pays couverts ; {gap} des pays retenus n’ont pas de page GDI {year}.',
		findings_proc_gdi_one:
			'Indice GDI {year} (Transparency International) : les achats de défense obtiennent {score}/100 {in_place} (bande {gdiBand} ; de A, risque de corruption très faible, à F, critique).',
		findings_proc_gdi_one_gap:
			'Indice GDI {year} (Transparency International) : les achats de défense obtiennent {score}/100 {in_place} (bande {gdiBand} ; de A, risque très faible, à F, critique) ; {gap} des pays retenus n’ont pas de page GDI {year}.',
		findings_proc_rule_latest:
			'{In_place}, le {date} : {title} — le plus récent de {n} textes datés sur les marchés de défense.',
		findings_proc_rule_one: '{In_place}, le {date} : {title}.',
		findings_proc_noncompetitive_max:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été sans appel d’offres ouvert ni restreint, la part la plus forte des {n} pays ; {derogation} sous régime dérogatoire{demo}.',
		findings_proc_noncompetitive_one:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été sans appel d’offres ouvert ni restreint ; {derogation} sous régime dérogatoire{demo}.',
		findings_proc_noncompetitive_max_nod:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été sans appel d’offres ouvert ni restreint, la part la plus forte des {n} pays{demo}.',
		findings_proc_noncompetitive_one_nod:
			'{In_place}, {value} de la valeur des marchés attribués en {year} l’a été sans appel d’offres ouvert ni restreint{demo}.',
		findings_proc_single:
			'De {from} à {to}, {value} des appels d’offres ouverts ou restreints n’ont reçu qu’une offre ({n} sur {total} au nombre d’offres connu ; signal R018){demo}.',
		findings_proc_single_year:
			'En {from}, {value} des appels d’offres ouverts ou restreints n’ont reçu qu’une offre ({n} sur {total} au nombre d’offres connu ; signal R018){demo}.'
	},
	{
		findings_title: 'Key findings',
		findings_filtered: 'for the filters applied',
		findings_see: 'See the detail',
		findings_source: 'Source: {source}',
		findings_demo: ' (fictitious demonstration data)',
		findings_in_BFA: 'in Burkina Faso',
		findings_in_MLI: 'in Mali',
		findings_in_MRT: 'in Mauritania',
		findings_in_NER: 'in Niger',
		findings_in_TCD: 'in Chad',
		findings_in_other: 'for {country}',
		// — governance views (published data first): /controle/ and /indicateurs/ —
		findings_level_obs_weak: 'weak',
		findings_level_obs_medium: 'limited',
		findings_level_obs_strong: 'adequate',
		findings_obs_legislative_min:
			'{In_place}, the {year} Open Budget Survey scores the legislature’s oversight of the budget at {score}/100 (“{level}” by IBP’s bands), the lowest of the {n} countries covered (not covered by the survey: {uncoveredCountries}).',
		findings_obs_legislative_min_all:
			'{In_place}, the {year} Open Budget Survey scores the legislature’s oversight of the budget at {score}/100 (“{level}” by IBP’s bands), the lowest of the {n} countries covered.',
		findings_obs_legislative_one:
			'{In_place}, the {year} Open Budget Survey scores the legislature’s oversight of the budget at {score}/100 (“{level}” by IBP’s bands).',
		findings_obs_not_covered:
			'Not covered by the Open Budget Survey: {uncoveredCountries}; no budget oversight score is published there.',
		findings_procurement_rule: '{In_place}, {date} — {title}.',
		findings_procurement_rules:
			'{In_place}, {date} — {title} (and {others} other text(s) on these purchases in {year}).',
		findings_gdi_q26_same:
			'In Transparency International’s GDI 2020, the question on the share of secret spending (Q26) scores {score}/100 (100 = good practice) in the countries assessed: {assessedCountries}; no 2020 country page: {uncoveredCountries}.',
		findings_gdi_q26_same_all:
			'In Transparency International’s GDI 2020, the question on the share of secret spending (Q26) scores {score}/100 (100 = good practice) in the countries assessed: {assessedCountries}.',
		findings_gdi_q26_range:
			'In Transparency International’s GDI 2020, the question on the share of secret spending (Q26) ranges from {score}/100 to {scoreMax}/100 (100 = good practice) in the countries assessed: {assessedCountries}; no 2020 country page: {uncoveredCountries}.',
		findings_gdi_q26_range_all:
			'In Transparency International’s GDI 2020, the question on the share of secret spending (Q26) ranges from {score}/100 to {scoreMax}/100 (100 = good practice) in the countries assessed: {assessedCountries}.',
		findings_matrix_real_gap:
			'{In_place}, military spending grew by {value} a year in real terms from {from} to {to} (SIPRI) against oversight the Open Budget Survey and PEFA rate weak: an accountability gap, as in {others} other(s) of the {total} countries.',
		findings_matrix_real_gap_one:
			'{In_place}, military spending grew by {value} a year in real terms from {from} to {to} (SIPRI) against oversight the Open Budget Survey and PEFA rate weak: an accountability gap.',
		findings_milex_burden_max:
			'In {year}, military spending is {value} of GDP {in_place}, the highest share of the {n} countries (lowest: {min}, {minCountry}), according to SIPRI.',
		findings_milex_burden_one:
			'{In_place}, military spending is {value} of GDP in {year}, according to SIPRI.',
		findings_matrix_demo_gaps:
			'On the records from {from} to {to}, {n} of {total} country-years show an accountability gap, {countryN} of them {in_place}{demo}.',
		findings_matrix_demo_none:
			'On the records from {from} to {to}, none of the {total} country-years shows an accountability gap{demo}.',
		findings_competitive_min:
			'In {year}, the share of contracts awarded through competition is lowest {in_place}: {value} of the value (score {band}), of {n} countries{demo}.',
		findings_competitive_one:
			'{In_place}, {value} of the value of contracts awarded in {year} went through competition (score {band}){demo}.',
		findings_derogation_max:
			'{In_place}, {value} of the value of contracts awarded in {year} went through the derogatory regime (defence secrecy), the highest share of the {n} countries{demo}.',
		findings_derogation_one:
			'{In_place}, {value} of the value of contracts awarded in {year} went through the derogatory regime (defence secrecy){demo}.',
		findings_classified_over:
			'In {year}, the classified share of defence and security appropriations exceeds {threshold}, the GDI’s highest threshold, in {n} of {total} countries, from {min} to {max}{demo}.',
		findings_classified_one:
			'{In_place}, the classified share of the defence and security appropriations voted for {year} is {value} (GDI band: {band}){demo}.',
		findings_unaudited_many:
			'From {from} to {to}, {n} fiscal year(s) of executed defence and security spending had no audit report at all, {countryN} of them {in_place}{demo}.',
		findings_unaudited_country:
			'{In_place}, {n} fiscal year(s) of executed defence and security spending between {from} and {to} had no audit report at all{demo}.',
		findings_unaudited_none:
			'From {from} to {to}, every fiscal year of executed defence and security spending has at least one audit report{demo}.',
		findings_audit_min:
			'In {year}, audit reports covered only {value} of executed defence and security spending {in_place}, the lowest of the {n} countries (at best {max}, {maxCountry}){demo}.',
		findings_audit_zero:
			'In {year}, no audit report covers the executed defence and security spending in {zero} of {n} countries, {in_place} among them; at best, audits cover {max} ({maxCountry}){demo}.',
		findings_audit_zero_one:
			'{In_place}, no audit report covers the defence and security spending executed in {year}; of the {n} countries, audits cover at best {max} ({maxCountry}){demo}.',
		findings_audit_one:
			'{In_place}, audit reports covered {value} of the defence and security spending executed in {year}{demo}.',
		findings_publication_late:
			'Of {total} documents whose PEFA PI-9 deadline can be computed, {late} were published late; the latest: {document}, {country} {year}, published {months} after the end of the fiscal year{demo}.',
		// Budget credibility (/credibilite/): real figures (PEFA, finance laws, SIPRI, BOOST) first.
		findings_cred_pefa_official_many:
			'In each country’s latest PEFA assessment ({from}–{to}, whole state budget), {n} of {total} countries score D on PI-1, the gap between spending and the approved budget; the best score is {best} ({maxCountry}, {bestYear}).',
		findings_cred_pefa_official_one:
			'{In_place}, the latest PEFA assessment ({year}) scores the aggregate outturn of the state budget {pi1} (PI-1) and its composition {pi2} (PI-2).',
		findings_cred_state_share:
			'{In_place}, under the {year} finance law, defence and security take {value} of the state budget.',
		findings_cred_triangulation:
			'{In_place}, the {year} finance law gives defence and security {amount}, {ratio} times the {sipri} of military spending SIPRI counts, which leaves out the police and the gendarmerie outside military operations.',
		findings_cred_boost_min:
			'{In_place}, the state executed {value} of its approved budget in {year}, all sectors together: the lowest rate of the {n} countries BOOST covers that year.',
		findings_cred_boost_one:
			'{In_place}, the state executed {value} of its approved budget in {year}, all sectors together.',
		findings_cred_execution:
			'{In_place}, defence and security spending executed in {year} came to {value} of the appropriations voted, the widest gap of the {n} countries; PI-1 computed by Vigie: {score} ({from}–{to}){demo}.',
		findings_cred_execution_one:
			'{In_place}, defence and security spending executed in {year} came to {value} of the appropriations voted; PI-1 computed by Vigie: {score} ({from}–{to}){demo}.',
		findings_cred_execution_unscored:
			'{In_place}, defence and security spending executed in {year} came to {value} of the appropriations voted; too few years for a PI-1 score{demo}.',
		// Country profiles (src/lib/findings/country-findings.ts): real published data only
		findings_country_growth:
			'{In_place}, military spending changed by {growth} in real terms from {from} to {to} (constant 2023 US dollars); in {year} it was {gdp} of GDP.',
		findings_country_budget_sipri:
			'{year} budget ({stage}): {amount} for {scope}; for the same year SIPRI counts {sipri} of military spending, which leaves out the police and most of the gendarmerie.',
		findings_country_budget:
			'{year} budget ({stage}): {amount} for {scope}; SIPRI has no figure for that year yet.',
		findings_country_pefa:
			'PEFA assessment {year}: external audit (PI-30) {pi30}, legislative scrutiny of audit reports (PI-31) {pi31}, public access to fiscal information (PI-9) {pi9}, on a scale from A to D.',
		findings_country_obs:
			'Open Budget Survey {year}: transparency {transparency}/100, budget oversight {oversight}/100, public participation {participation}/100.',
		findings_country_gdi:
			'Transparency International’s GDI 2020: {gdiRisk} risk of corruption in defence (band {gdiBand}).',
		findings_country_gdi_old:
			'No country page in the GDI 2020; the {year} edition rated the risk of corruption in defence {gdiRisk} (band {gdiBand}).',
		findings_country_event: 'Latest dated event ({date}): {title}.',
		// Procurement (/marches/): published data first, then the contracts.
		findings_proc_pefa_range_below:
			'PEFA PI-24.2: score {score} {in_place} ({year} assessment), meaning less than {threshold} of the value of contracts awarded competitively — the lowest of the {n} countries scored; the highest: {best} ({maxCountry}, {maxYear}).',
		findings_proc_pefa_range_atleast:
			'PEFA PI-24.2: score {score} {in_place} ({year} assessment), meaning at least {threshold} of the value of contracts awarded competitively — the lowest of the {n} countries scored; the highest: {best} ({maxCountry}, {maxYear}).',
		findings_proc_pefa_one_below:
			'PEFA PI-24.2 {in_place} ({year} assessment): score {score}, meaning less than {threshold} of the value of contracts awarded competitively.',
		findings_proc_pefa_one_atleast:
			'PEFA PI-24.2 {in_place} ({year} assessment): score {score}, meaning at least {threshold} of the value of contracts awarded competitively.',
		findings_proc_pefa_unrated:
			'PEFA PI-24.2 (share of the value of contracts awarded competitively) was not scored {in_place} in the {year} assessment ({score}).',
		findings_proc_gdi_min:
			'Transparency International’s GDI {year}: defence procurement scores {score}/100 {in_place} (band {gdiBand}), the highest corruption risk of the {n} countries covered.',
		findings_proc_gdi_min_gap:
			'Transparency International’s GDI {year}: defence procurement scores {score}/100 {in_place} (band {gdiBand}), the highest corruption risk of the {n} countries covered; {gap} of the countries chosen have no GDI {year} page.',
		findings_proc_gdi_one:
			'Transparency International’s GDI {year}: defence procurement scores {score}/100 {in_place} (band {gdiBand}; from A, very low corruption risk, to F, critical).',
		findings_proc_gdi_one_gap:
			'Transparency International’s GDI {year}: defence procurement scores {score}/100 {in_place} (band {gdiBand}; from A, very low risk, to F, critical); {gap} of the countries chosen have no GDI {year} page.',
		findings_proc_rule_latest:
			'{In_place}, on {date}: {title} — the latest of {n} dated texts on defence procurement.',
		findings_proc_rule_one: '{In_place}, on {date}: {title}.',
		findings_proc_noncompetitive_max:
			'{In_place}, {value} of the value of contracts awarded in {year} went without an open or restricted tender, the highest share of the {n} countries; {derogation} under the derogatory regime{demo}.',
		findings_proc_noncompetitive_one:
			'{In_place}, {value} of the value of contracts awarded in {year} went without an open or restricted tender; {derogation} under the derogatory regime{demo}.',
		findings_proc_noncompetitive_max_nod:
			'{In_place}, {value} of the value of contracts awarded in {year} went without an open or restricted tender, the highest share of the {n} countries{demo}.',
		findings_proc_noncompetitive_one_nod:
			'{In_place}, {value} of the value of contracts awarded in {year} went without an open or restricted tender{demo}.',
		findings_proc_single:
			'From {from} to {to}, {value} of open or restricted tenders received a single bid ({n} of {total} with a known bid count; red flag R018){demo}.',
		findings_proc_single_year:
			'In {from}, {value} of open or restricted tenders received a single bid ({n} of {total} with a known bid count; red flag R018){demo}.'
	}
);
