import type { Bilingual } from './sipri-series.ts';

/** Notes shipped with the SIPRI dataset in the manifest (French first). */
export const SIPRI_NOTES: Bilingual[] = [
	{
		fr: "Dépenses militaires seulement (forces armées, ministère de la Défense, forces paramilitaires jugées aptes aux opérations militaires) : la sécurité intérieure (police, une grande partie de la gendarmerie) n'y figure pas, d'où des « parts du budget consacrées à la sécurité » publiées plus élevées.",
		en: 'Military spending only (armed forces, defence ministries, paramilitary forces judged to be trained for military operations): internal security (police, much of the gendarmerie) is excluded, which is why published "share of the budget for security" figures run higher.'
	},
	{
		fr: 'Statut : ok = valeur publiée ; missing = « ... », « . . » ou cellule vide ; not_independent = « xxx » (pays inexistant ou non indépendant) ; zero_as_missing = 0 enregistré par SIPRI pour une donnée absente. La valeur est vide sauf pour ok.',
		en: 'Status: ok = published value; missing = "...", ". ." or blank cell; not_independent = "xxx" (country did not exist or was not independent); zero_as_missing = 0 stored by SIPRI for absent data. Value is empty unless ok.'
	},
	{
		fr: 'Règle zero_as_missing : un 0 dans une feuille monétaire (monnaie locale, dollars constants ou courants) est traité comme manquant quand la part du PIB ou la dépense par habitant de la même année est « ... ». Dans cette édition : Mauritanie 2007, 2010, 2011 (trois feuilles monétaires) et 2004 (dollars courants seulement ; 2004 a des valeurs en monnaie locale et en dollars constants).',
		en: 'zero_as_missing rule: a 0 in a money sheet (local currency, constant or current US$) is treated as missing when the same year\'s share of GDP or per-capita figure is "...". In this release: Mauritania 2007, 2010, 2011 (all three money sheets) and 2004 (current US$ only; 2004 has local-currency and constant-US$ values).'
	},
	{
		fr: "Monnaie locale : montants en unités (pas en millions). Toute la série mauritanienne est en nouvel ouguiya (MRU, redénomination 10:1 de 2018) : le taux implicite monnaie locale / dollars courants vaut 7,7 en 1985 et 35,9 en 2017 puis 35,7 en 2018, sans rupture d'un facteur 10, bien que SIPRI n'attache pas son symbole ‖ (monnaie redénominée) à la Mauritanie.",
		en: 'Local currency: amounts in units (not millions). The whole Mauritanian series is in new ouguiya (MRU, 2018 10:1 redenomination): the implied local-currency / current-US$ rate is 7.7 in 1985 and 35.9 in 2017 then 35.7 in 2018, with no factor-10 break, although SIPRI does not attach its ‖ (redenominated currency) symbol to Mauritania.'
	},
	{
		fr: 'Parts du PIB et des dépenses publiques : SIPRI titre ses feuilles « pourcentage » mais stocke des fractions affichées au format % ; les fractions sont conservées (0,0138 = 1,38 %).',
		en: 'Shares of GDP and of government spending: SIPRI titles the sheets "percentage" but stores fractions shown with a % format; the fractions are kept (0.0138 = 1.38%).'
	},
	{
		fr: "Totaux régionaux (WLD, AFR) : estimations SIPRI publiées en milliards de dollars constants de 2023, multipliées ici par 1000 (millions), de 1988 à 2024 ; la colonne « 2024 (current prices) » n'est pas reprise. SIPRI exclut Djibouti, l'Érythrée et la Somalie du total Afrique.",
		en: 'Regional totals (WLD, AFR): SIPRI estimates published in US$ bn at constant 2023 prices, multiplied here by 1000 (millions), 1988 to 2024; the "2024 (current prices)" column is not kept. SIPRI leaves Djibouti, Eritrea and Somalia out of the Africa total.'
	},
	{
		fr: 'Les couleurs du classeur (bleu = estimation SIPRI, rouge = donnée très incertaine) ne sont pas reprises. Symboles et notes par pays : voir sipri-footnotes.json.',
		en: "The workbook's colours (blue = SIPRI estimate, red = highly uncertain) are not carried over. Symbols and country notes: see sipri-footnotes.json."
	}
];

/** Notes for the WDI datasets. */
export const WDI_NOTES: Bilingual[] = [
	{
		fr: "Une cellule vide de la Banque mondiale ne donne aucune ligne (pas de ligne à valeur vide). Population : millésime 2018, jusqu'en 2016 seulement.",
		en: 'An empty World Bank cell produces no row (no empty-value rows). Population: 2018 vintage, up to 2016 only.'
	}
];

/** Notes for the BOOST dataset. */
export const BOOST_NOTES: Bilingual[] = [
	{
		fr: 'Budget de tout l’État, approuvé et exécuté, en monnaie locale courante (unités). Pas de lignes défense ; pas de Tchad. Montants repris sans changement ; execution_ratio (exécuté/approuvé × 100) est omis car recalculable. Lu depuis derived_budget_execution_G5_extract.csv, extraction sans modification du fichier .rda ; source_sha256 est celui de ce CSV.',
		en: 'Whole-government budget, approved and executed, in current local currency (units). No defence lines; no Chad. Amounts copied unchanged; execution_ratio (executed/approved × 100) is dropped as it can be recomputed. Read from derived_budget_execution_G5_extract.csv, an unchanged extraction of the .rda file; source_sha256 is that CSV’s.'
	},
	{
		fr: 'Mauritanie : les montants semblent en nouvel ouguiya (MRU) sur toute la période (pas de rupture 10:1 entre 2017 et 2018 : 57,7 puis 60,3 milliards approuvés). Le libellé de secteur « Toatal » est repris tel quel de la source.',
		en: 'Mauritania: amounts appear to be in new ouguiya (MRU) throughout (no 10:1 break between 2017 and 2018: 57.7 then 60.3 bn approved). The sector label "Toatal" is kept as spelled in the source.'
	}
];
