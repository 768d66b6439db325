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
