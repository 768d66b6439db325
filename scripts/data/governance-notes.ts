import type { Bilingual } from './sipri-series.ts';

/** Notes shipped with the PEFA entry of the manifest. */
export const PEFA_NOTES: Bilingual[] = [
	{
		fr: 'Scores tels que publiés : A à D (A = meilleure pratique), « + » = entre deux notes, D* tel quel ; NR = non noté, NA = non applicable, NU = non utilisé. Une ligne par indicateur (dimension vide) et par dimension (PI-24.2…), codes écrits comme dans les rapports PEFA (PI-1 pour la colonne PI-01).',
		en: 'Scores as published: A to D (A = best practice), "+" = between two grades, D* as is; NR = not rated, NA = not applicable, NU = not used. One row per indicator (empty dimension) and per dimension (PI-24.2…), codes written as in PEFA reports (PI-1 for the PI-01 column).'
	},
	{
		fr: 'Seules les évaluations nationales des cinq pays sont reprises (8 sur les 102 du fichier) ; les colonnes infranationales UHLG sont laissées de côté. L’année est celle de l’évaluation : Tchad 2018 = rapport « PEFA Tchad 2017 » (PEFA Check du 5 juillet 2018) ; Niger 2023 couvre les exercices 2019–2021.',
		en: 'Only the five countries’ national assessments are kept (8 of the file’s 102); the sub-national UHLG columns are left out. The year is the assessment’s: Chad 2018 = report "PEFA Tchad 2017" (PEFA Check of 5 July 2018); Niger 2023 covers fiscal years 2019–2021.'
	}
];

/** Notes shipped with the Open Budget Survey entry. */
export const OBS_NOTES: Bilingual[] = [
	{
		fr: 'La Mauritanie n’est pas couverte par l’Enquête sur le budget ouvert : aucune ligne OBS pour MRT.',
		en: 'Mauritania is not covered by the Open Budget Survey: no OBS row for MRT.'
	},
	{
		fr: 'Scores de 0 à 100 : transparence (OBI), participation du public (depuis 2012), contrôle par le parlement, par l’institution supérieure de contrôle, et contrôle global (depuis 2017). Le score garde le texte exact du fichier (29.6697247706422) ; les pages de l’IBP l’arrondissent (30). Cellule vide = pas de ligne. Seuils de l’IBP : 61 et plus = suffisant, 41–60 = limité, 0–40 = faible.',
		en: 'Scores from 0 to 100: transparency (OBI), public participation (from 2012), oversight by the legislature, by the supreme audit institution, and overall oversight (from 2017). The score keeps the file’s exact text (29.6697247706422); IBP’s pages round it (30). Empty cell = no row. IBP’s thresholds: 61 and above = adequate, 41–60 = limited, 0–40 = weak.'
	},
	{
		fr: 'Particularités gardées visibles (colonne note) : BFA 2023 a 38,83 dans les trois colonnes de contrôle ; MLI 2023 reprend exactement les valeurs de 2019 ; Tchad 2015 vaut 3,98 ici mais 5 sur la page d’archives de l’IBP — les deux valeurs sont gardées (lignes « IBP archive page »).',
		en: 'Oddities kept visible (note column): BFA 2023 has 38.83 in all three oversight columns; MLI 2023 repeats the 2019 values exactly; Chad 2015 is 3.98 here but 5 on IBP’s archive page — both values are kept (rows "IBP archive page").'
	},
	{
		fr: 'Disponibilité des huit documents budgétaires clés, 2006–2015 (indicator = document_availability) : PW, HC, SC = public (web, papier, fichier), IU = usage interne, NP = non produit, PL = publié en retard.',
		en: 'Availability of the eight key budget documents, 2006–2015 (indicator = document_availability): PW, HC, SC = public (web, hard copy, soft copy), IU = internal use, NP = not produced, PL = published late.'
	}
];

/** Notes shipped with the GDI entry. */
export const GDI_NOTES: Bilingual[] = [
	{
		fr: 'Valeurs lues sur les pages pays du GDI 2020 (ti-defence.org) : bande globale, bande et score (0–100) des cinq domaines de risque, et questions Q1, Q2 (contrôle parlementaire), Q26 (dépenses secrètes) et, pour BFA et MLI, Q27. 100 = meilleure pratique. Chaque ligne cite sa page.',
		en: 'Values read on the GDI 2020 country pages (ti-defence.org): overall band, band and score (0–100) of the five risk areas, and questions Q1, Q2 (parliamentary scrutiny), Q26 (secret spending) and, for BFA and MLI, Q27. 100 = best practice. Each row cites its page.'
	},
	{
		fr: 'Mauritanie et Tchad : aucune page pays du GDI 2020 trouvée parmi les pages consultées. L’édition précédente (Government Defence Anti-Corruption Index 2015) les plaçait en bande F ; ces lignes portent l’édition « GI 2015 ». Mali 2015 : pas de page trouvée.',
		en: 'Mauritania and Chad: no GDI 2020 country page was found among the pages searched. The previous edition (Government Defence Anti-Corruption Index 2015) placed both in band F; those rows carry edition "GI 2015". Mali 2015: no page found.'
	}
];

/** Notes shipped with the national budget figures. */
export const BUDGET_NOTES: Bilingual[] = [
	{
		fr: 'Chaque ligne a été lue sur une page publique (recherche dans des copies stockées) et cite sa source ; as_published reproduit le chiffre tel qu’écrit (avec l’unité que donne la phrase), value le donne en unités (ou en pour cent pour une part du budget). Un test vérifie que les deux concordent.',
		en: 'Each row was read on a public page (search in stored copies) and cites its source; as_published gives the figure as written (with the unit its sentence gives), value gives it in units (or in percent for a share of the budget). A test checks that the two agree.'
	},
	{
		fr: 'Périmètres : defence_ministry / security_ministry = crédits d’un ministère ; intelligence = agence de renseignement ; defence / security = « dépenses militaires » / « de sécurité » sans préciser le ministère ; defence_security = les deux ensemble ; state_budget = dépenses totales de l’État ; military_programming = total d’une loi de programmation (year → year_end). Un vote de loi de finances couvre défense ET sécurité (police, gendarmerie) : ce n’est pas le périmètre de SIPRI (militaire seulement).',
		en: 'Scopes: defence_ministry / security_ministry = one ministry’s credits; intelligence = intelligence agency; defence / security = "military" / "security" spending without naming the ministry; defence_security = both together; state_budget = total state expenditure; military_programming = total of a programming law (year → year_end). A finance law’s vote covers defence AND security (police, gendarmerie): not SIPRI’s scope (military only).'
	},
	{
		fr: 'Étapes : voted = loi de finances initiale ; revised = loi rectificative ; executed = dépenses exécutées ; programmed = loi de programmation ; proposed = projet non encore voté.',
		en: 'Stages: voted = initial finance law; revised = amending law; executed = executed spending; programmed = programming law; proposed = a bill not yet voted.'
	},
	{
		fr: 'Désaccords gardés (deux lignes, chacune avec sa source) : Burkina 2016, 12,49 % (Kessiya) contre « environ 25 % » sur 2016–2020 (L’Économiste du Faso) ; Mali LOPM 2015–2019, 1 230,6 Md FCFA (loi) contre « plus de 2200 milliards » (ministre des Finances, 2018) ; Mali défense 2025 rectifiée, 554,091 Md (aBamako) contre 527,027 Md (Mali24).',
		en: 'Disagreements kept (two rows, each with its source): Burkina 2016, 12.49% (Kessiya) against "about 25%" over 2016–2020 (L’Économiste du Faso); Mali programming law 2015–2019, CFA 1,230.6 bn (the law) against "more than 2,200 bn" (finance minister, 2018); Mali revised 2025 defence, 554.091 bn (aBamako) against 527.027 bn (Mali24).'
	}
];

/** Notes shipped with the dated events. */
export const EVENT_NOTES: Bilingual[] = [
	{
		fr: 'Coups d’État, transitions, lois de programmation militaire, règles de passation des marchés, lois de finances, rapports des institutions de contrôle et changements de ces institutions, chacun daté (AAAA-MM-JJ) et cité. Quand les sources divergent sur une date, la note le dit.',
		en: 'Coups, transitions, military programming laws, procurement rules, finance laws, audit institutions’ reports and changes to those institutions, each dated (YYYY-MM-DD) and cited. Where sources disagree on a date, the note says so.'
	}
];
