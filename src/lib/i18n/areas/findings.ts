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
		findings_country_event: 'Dernier événement daté ({date}) : {title}.'
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
		findings_country_event: 'Latest dated event ({date}): {title}.'
	}
);
