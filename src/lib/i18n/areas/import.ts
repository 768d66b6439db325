import { defineMessages } from '../define-messages.ts';

/** Import of user CSV files (`src/lib/ingest`): problems, detected formats, field names, CLI. */
export default defineMessages(
	{
		import_at_row_column: 'Ligne {row}, colonne « {column} » : {message}',
		import_at_row: 'Ligne {row} : {message}',
		import_at_origin: '{origin} (ligne {row}) : {message}',
		import_at_origin_column: '{origin} (ligne {row}), colonne « {column} » : {message}',
		import_origin_release_one: 'publication {at}',
		import_origin_release_many: 'publications {at} compilées',
		import_origin_release_alone: 'la publication',
		import_origin_record_one: 'enregistrement {at}',
		import_origin_record_many: 'enregistrements {at}',
		import_origin_record_alone: 'l’enregistrement',
		import_origin_line_one: 'ligne {at} du fichier',
		import_origin_line_many: 'lignes {at} du fichier, compilées',
		import_origin_row_one: 'ligne {at} du fichier',
		import_origin_row_many: 'lignes {at} du fichier, compilées',
		import_origin_award: ', attribution {award}',
		import_error_unsupported_format:
			'format de fichier non pris en charge ({format}). Attendu : un fichier CSV, TSV ou TXT. Correction : enregistrez le fichier au format CSV (UTF-8) et importez-le à nouveau.',
		import_error_unknown_country:
			'pays inconnu « {value} ». Attendu : un nom de pays (Niger, Tchad…) ou un code ISO (NER, NE). Correction : écrivez le pays en toutes lettres ou avec son code ISO à trois lettres.',
		import_error_not_a_number:
			'« {value} » n’est pas un nombre. Attendu : un nombre écrit comme {example}, éventuellement suivi de la devise. Correction : retirez le texte de la cellule, ou changez le format des nombres dans les options d’import.',
		import_error_negative_amount:
			'valeur négative « {value} ». Attendu : un montant ou un nombre positif ou nul. Correction : vérifiez le signe ; une annulation se saisit comme une ligne distincte de montant positif.',
		import_error_out_of_range:
			'« {value} » est hors limites. Attendu : une valeur inférieure à {limit} en valeur absolue (au-delà, les totaux deviennent faux). Correction : vérifiez l’unité (milliers, millions) et les zéros en trop, ou une notation comme 1e308 laissée par le tableur.',
		import_error_impossible_year:
			'année impossible « {value} ». Attendu : une année à quatre chiffres entre {min} et {max}. Correction : écrivez l’exercice seul, par exemple 2023.',
		import_error_missing_required:
			'champ obligatoire vide ({field}). Attendu : une valeur. Correction : remplissez la cellule, ou indiquez la valeur pour tout le fichier dans les options d’import (pays, devise).',
		import_error_wrong_field_count:
			'{found} champs au lieu de {expected}. Attendu : autant de champs que l’en-tête. Correction : un séparateur en trop dans une cellule ? Mettez la cellule entre guillemets ou supprimez le séparateur.',
		import_error_formula_like:
			'« {value} » ressemble à une formule de tableur. Attendu : une valeur, pas une formule. Correction : dans le tableur, copiez puis « collage spécial › valeurs » avant d’exporter.',
		import_error_invalid_date:
			'date invalide « {value} ». Attendu : une date comme {example}. Correction : corrigez la date ou changez le format des dates dans les options d’import.',
		import_error_unknown_code:
			'valeur non reconnue « {value} » ({field}). Attendu : {allowed}. Correction : remplacez-la par l’une de ces valeurs.',
		import_error_duplicate_row:
			'ligne identique à la ligne {first}. Attendu : chaque ligne une seule fois. Correction : rien à faire, elle n’a pas été importée deux fois ; supprimez-la du fichier si c’est un doublon.',
		import_error_unsupported_encoding:
			'encodage {encoding} non pris en charge. Attendu : UTF-8 ou Windows-1252. Correction : dans le tableur, enregistrez en « CSV UTF-8 ».',
		import_error_missing_column:
			'aucune colonne pour « {field} ». Attendu : une colonne de ce champ. Correction : ajoutez-la ou associez une colonne existante à ce champ.',
		import_error_unreadable_file:
			'fichier illisible ({error}). Attendu : un fichier CSV. Correction : vérifiez le séparateur choisi et les guillemets.',
		import_error_empty_file:
			'le fichier ne contient aucune ligne de données. Attendu : un en-tête puis des lignes. Correction : vérifiez que c’est le bon fichier.',
		import_error_unknown_country_option:
			'pays inconnu « {value} ». Attendu : un code ISO (NER, MLI, BFA, TCD, MRT…) ou un nom. Correction : choisissez le pays dans la liste.',
		// Workbooks (src/lib/ingest/source/workbook/)
		import_error_not_a_workbook:
			'archive ZIP qui n’est pas un classeur (elle contient : {parts}). Attendu : un classeur Excel (.xlsx) ou OpenDocument (.ods), ou un fichier CSV. Correction : décompressez l’archive et importez les fichiers qu’elle contient.',
		import_error_workbook_too_large:
			'classeur trop volumineux : {found} Mo une fois décompressé. Attendu : au plus {limit} Mo décompressés, ce que le navigateur lit sans risquer de se bloquer ; rien n’a été décompressé. Correction : copiez la feuille utile seule dans un nouveau classeur, sans images, ou enregistrez-la en CSV.',
		import_error_workbook_encrypted:
			'classeur protégé par un mot de passe. Attendu : un classeur non chiffré. Correction : ouvrez-le dans le tableur, retirez le mot de passe, enregistrez-le puis importez-le à nouveau.',
		import_error_workbook_unreadable:
			'classeur illisible ({error}). Attendu : un classeur .xlsx, .ods ou .xls enregistré par un tableur. Correction : ouvrez-le dans le tableur et enregistrez-le à nouveau (ou en CSV), puis importez-le.',
		import_error_too_many_cells:
			'feuille trop grande : {found} cellules à lire (lignes × colonnes, valeurs répétées comprises). Attendu : au plus {limit} cellules. Correction : supprimez les lignes et colonnes vides ou répétées sous le tableau et à sa droite, ou copiez le tableau seul dans une nouvelle feuille.',
		import_error_too_many_columns:
			'en-tête trop large : {found} colonnes. Attendu : au plus {limit} colonnes. Correction : supprimez les cellules isolées à droite du tableau sur la ligne d’en-tête, ou copiez le tableau seul dans une nouvelle feuille.',
		import_error_sheet_not_found:
			'aucune feuille « {sheet} » dans ce classeur (feuilles : {sheets}). Attendu : le nom exact d’une feuille. Correction : choisissez l’une de ces feuilles (--sheet NOM dans le terminal).',
		import_error_period_end_before_start:
			'la période de soumission finit le « {value} », avant d’avoir commencé. Attendu : une date limite postérieure à la date de début. Correction : vérifiez les deux dates (jour et mois inversés ?).',
		import_error_invalid_json:
			'le fichier n’est pas du JSON valide : « {value} » inattendu à la ligne {line}. Attendu : un fichier OCDS en JSON ou en JSON Lines (une publication par ligne). Correction : ouvrez le fichier à cette ligne et corrigez-la (virgule, guillemet ou accolade en trop ou manquant), ou exportez-le à nouveau depuis le portail.',
		import_error_truncated_json:
			'le fichier s’arrête avant la fin du JSON (ligne {line}). Attendu : un fichier OCDS complet. Correction : le téléchargement a sans doute été interrompu ; téléchargez le fichier à nouveau.',
		import_error_json_too_deep:
			'dans la procédure « {value} », une valeur est imbriquée sur des milliers de niveaux là où l’on attend un nom, une date ou un nombre. Attendu : une publication OCDS (quelques niveaux d’imbrication). Correction : ce n’est pas un fichier OCDS normal ; exportez-le à nouveau depuis le portail.',
		import_error_not_ocds:
			'ce fichier JSON ne contient aucune publication (« release ») ni aucun enregistrement (« record ») OCDS. Attendu : un paquet de publications OCDS (« releases »), un paquet d’enregistrements (« records ») ou des publications compilées, une par ligne (JSON Lines). Correction : exportez les données du portail au format OCDS, ou enregistrez le tableau au format CSV.',
		import_error_no_compiled_release:
			'l’enregistrement n° {index} ({ocid}) n’a pas de publication compilée (« compiledRelease »). Attendu : chaque enregistrement avec sa publication compilée, la seule que Vigie lit. Correction : demandez au portail les enregistrements avec « compiledRelease », compilez-les (ocdskit compile), ou importez plutôt le paquet de publications.',
		import_codes_sector: 'Défense, Sécurité ou Autre',
		import_codes_category: 'Personnel, Biens et services, Investissements, Transferts ou Autre',
		import_codes_method:
			'Appel d’offres ouvert, Appel d’offres restreint, Demande de prix, Entente directe / gré à gré (ou open, selective, limited, direct)',
		import_codes_body:
			'Assemblée nationale, Cour des comptes, Inspection générale, Médiateur, Gouvernement (ministère des Finances) ou Autre',
		import_codes_document:
			'Loi de finances, Projet de loi de finances, Loi de règlement, Rapport d’audit, Rapport trimestriel, Rapport annuel ou Autre',
		import_codes_currency: 'un code ISO de devise (XOF, XAF, MRU, USD…) ou FCFA',
		import_codes_flag: 'Oui ou Non',
		import_codes_stage: 'Attribution, Appel d’offres ou Planification (ou award, tender, planning)',
		import_codes_tender_status:
			'annulé, infructueux, retiré, terminé, en cours, prévu (ou les codes OCDS cancelled, unsuccessful, withdrawn, complete, active, planned, planning)',
		import_field_country: 'pays',
		import_field_year: 'exercice',
		import_field_institution: 'institution',
		import_field_sector: 'secteur',
		import_field_category: 'catégorie économique',
		import_field_programme: 'programme',
		import_field_line_label: 'libellé',
		import_field_approved: 'crédits votés',
		import_field_revised: 'dotation révisée',
		import_field_executed: 'exécution',
		import_field_currency: 'devise',
		import_field_classified: 'fonds classifiés',
		import_field_buyer: 'autorité contractante',
		import_field_reference: 'référence',
		import_field_title: 'objet',
		import_field_method: 'mode de passation',
		import_field_derogation: 'régime dérogatoire',
		import_field_supplier: 'attributaire',
		import_field_amount: 'montant',
		import_field_award_date: 'date d’attribution',
		import_field_tenderers: 'nombre d’offres',
		import_field_tender_period_days: 'durée de l’appel d’offres (jours)',
		import_field_amendments: 'avenants',
		import_field_amended_amount: 'montant après avenants',
		import_field_ocid: 'identifiant OCDS de la procédure (ocid)',
		import_field_stage: 'étape de la procédure',
		import_field_method_details: 'précisions sur la procédure',
		import_field_tender_status: 'statut de l’appel d’offres',
		import_field_tender_start: 'début de la période de soumission',
		import_field_tender_end: 'date limite de soumission',
		import_field_year_covered: 'exercice couvert',
		import_field_body: 'organe',
		import_field_document: 'document',
		import_field_date_published: 'date de publication',
		import_field_amount_covered: 'montant couvert',
		import_field_stages: 'montant (voté, révisé ou exécuté)',
		import_kind_budget: 'lignes budgétaires',
		import_kind_contracts: 'marchés publics',
		import_kind_oversight: 'actes de contrôle',
		import_encoding_utf8: 'UTF-8',
		import_encoding_windows1252: 'Windows-1252 (Latin-1)',
		import_delimiter_comma: 'virgule',
		import_delimiter_semicolon: 'point-virgule',
		import_delimiter_tab: 'tabulation',
		import_delimiter_pipe: 'barre verticale',
		import_number_space_comma: '1 234 567,50',
		import_number_dot_comma: '1.234.567,50',
		import_number_comma_dot: '1,234,567.50',
		import_date_dmy: 'jj/mm/aaaa',
		import_date_ymd: 'aaaa-mm-jj',
		import_detected: '{label} : {value} (confiance {confidence})',
		import_label_encoding: 'Encodage',
		import_label_delimiter: 'Séparateur',
		import_label_numbers: 'Nombres',
		import_label_dates: 'Dates',
		import_label_kind: 'Données',
		import_label_mapping: 'Colonnes :',
		import_mapping_entry: '« {column} » → {field}',
		import_unmapped: 'Colonnes ignorées : {columns}',
		import_titles_skipped: 'Lignes de titre au-dessus de l’en-tête, ignorées : {titles}',
		import_counts: 'Lignes : {rows} — acceptées : {accepted}, rejetées : {rejected}',
		import_more_problems: '… et {count} autres problèmes',
		import_usage_check:
			'Usage : npm run vigie -- check FICHIER... [--country ISO3] [--kind budget|contracts|oversight] [--sheet FEUILLE] [--lang fr|en]',
		import_usage_summary:
			'Usage : npm run vigie -- summary FICHIER [--country ISO3] [--kind budget|contracts|oversight] [--sheet FEUILLE] --json',
		import_file_not_found: 'Fichier introuvable : {file}'
	},
	{
		import_at_row_column: 'Row {row}, column “{column}”: {message}',
		import_at_row: 'Row {row}: {message}',
		import_at_origin: '{origin} (row {row}): {message}',
		import_at_origin_column: '{origin} (row {row}), column “{column}”: {message}',
		import_origin_release_one: 'release {at}',
		import_origin_release_many: 'releases {at}, compiled',
		import_origin_release_alone: 'the release',
		import_origin_record_one: 'record {at}',
		import_origin_record_many: 'records {at}',
		import_origin_record_alone: 'the record',
		import_origin_line_one: 'line {at} of the file',
		import_origin_line_many: 'lines {at} of the file, compiled',
		import_origin_row_one: 'row {at} of the file',
		import_origin_row_many: 'rows {at} of the file, compiled',
		import_origin_award: ', award {award}',
		import_error_unsupported_format:
			'unsupported file format ({format}). Expected: a CSV, TSV or TXT file. Fix: save the file as CSV (UTF-8) and import it again.',
		import_error_unknown_country:
			'unknown country “{value}”. Expected: a country name (Niger, Chad…) or ISO code (NER, NE). Fix: write the country in full or as its three-letter ISO code.',
		import_error_not_a_number:
			'“{value}” is not a number. Expected: a number written like {example}, optionally followed by the currency. Fix: remove the text from the cell, or change the number format in the import options.',
		import_error_negative_amount:
			'negative value “{value}”. Expected: an amount or count of zero or more. Fix: check the sign; enter a cancellation as a separate line with a positive amount.',
		import_error_out_of_range:
			'“{value}” is out of range. Expected: a value below {limit} in absolute value (beyond that, totals go wrong). Fix: check the unit (thousands, millions) and extra zeros, or a notation like 1e308 left by the spreadsheet.',
		import_error_impossible_year:
			'impossible year “{value}”. Expected: a four-digit year between {min} and {max}. Fix: write the fiscal year alone, e.g. 2023.',
		import_error_missing_required:
			'required field is empty ({field}). Expected: a value. Fix: fill in the cell, or give the value for the whole file in the import options (country, currency).',
		import_error_wrong_field_count:
			'{found} fields instead of {expected}. Expected: as many fields as the header. Fix: an extra delimiter inside a cell? Put the cell in double quotes or remove the delimiter.',
		import_error_formula_like:
			'“{value}” looks like a spreadsheet formula. Expected: a value, not a formula. Fix: in the spreadsheet, copy then “paste special › values” before exporting.',
		import_error_invalid_date:
			'invalid date “{value}”. Expected: a date like {example}. Fix: correct the date or change the date format in the import options.',
		import_error_unknown_code:
			'unrecognised value “{value}” ({field}). Expected: {allowed}. Fix: replace it with one of these values.',
		import_error_duplicate_row:
			'same as row {first}. Expected: each line once. Fix: nothing to do, it was not imported twice; delete it from the file if it is a duplicate.',
		import_error_unsupported_encoding:
			'{encoding} encoding is not supported. Expected: UTF-8 or Windows-1252. Fix: in the spreadsheet, save as “CSV UTF-8”.',
		import_error_missing_column:
			'no column for “{field}”. Expected: a column for this field. Fix: add one or map an existing column to this field.',
		import_error_unreadable_file:
			'unreadable file ({error}). Expected: a CSV file. Fix: check the chosen delimiter and the quotes.',
		import_error_empty_file:
			'the file has no data rows. Expected: a header then rows. Fix: check this is the right file.',
		import_error_unknown_country_option:
			'unknown country “{value}”. Expected: an ISO code (NER, MLI, BFA, TCD, MRT…) or a name. Fix: pick the country from the list.',
		// Workbooks (src/lib/ingest/source/workbook/)
		import_error_not_a_workbook:
			'a ZIP archive that is not a workbook (it holds: {parts}). Expected: an Excel (.xlsx) or OpenDocument (.ods) workbook, or a CSV file. Fix: unzip the archive and import the files it holds.',
		import_error_workbook_too_large:
			'workbook too large: {found} MB once unzipped. Expected: at most {limit} MB unzipped, which a browser reads without risking a freeze; nothing was unzipped. Fix: copy the sheet you need alone into a new workbook, without pictures, or save it as CSV.',
		import_error_workbook_encrypted:
			'the workbook is password-protected. Expected: an unencrypted workbook. Fix: open it in the spreadsheet, remove the password, save it and import it again.',
		import_error_workbook_unreadable:
			'unreadable workbook ({error}). Expected: an .xlsx, .ods or .xls workbook saved by a spreadsheet. Fix: open it in the spreadsheet and save it again (or as CSV), then import it.',
		import_error_too_many_cells:
			'sheet too large: {found} cells to read (rows × columns, repeated values included). Expected: at most {limit} cells. Fix: delete the empty or repeated rows and columns below and to the right of the table, or copy the table alone into a new sheet.',
		import_error_too_many_columns:
			'header too wide: {found} columns. Expected: at most {limit} columns. Fix: delete the stray cells to the right of the table on the header row, or copy the table alone into a new sheet.',
		import_error_sheet_not_found:
			'no sheet “{sheet}” in this workbook (sheets: {sheets}). Expected: the exact name of a sheet. Fix: choose one of these sheets (--sheet NAME in the terminal).',
		import_error_period_end_before_start:
			'the submission period ends on “{value}”, before it starts. Expected: a deadline after the start date. Fix: check both dates (day and month swapped?).',
		import_error_invalid_json:
			'the file is not valid JSON: unexpected “{value}” on line {line}. Expected: an OCDS file as JSON or JSON Lines (one release per line). Fix: open the file at that line and correct it (a comma, quote or brace too many or missing), or export it again from the portal.',
		import_error_truncated_json:
			'the file ends before the JSON does (line {line}). Expected: a complete OCDS file. Fix: the download was probably interrupted; download the file again.',
		import_error_json_too_deep:
			'in contracting process “{value}”, a value is nested thousands of levels deep where a name, date or number belongs. Expected: an OCDS release (a few levels of nesting). Fix: this is not a normal OCDS file; export it again from the portal.',
		import_error_not_ocds:
			'this JSON file holds no OCDS releases or records. Expected: an OCDS release package (“releases”), a record package (“records”) or compiled releases, one per line (JSON Lines). Fix: export the data from the portal as OCDS, or save the table as CSV.',
		import_error_no_compiled_release:
			'record no. {index} ({ocid}) has no compiled release (“compiledRelease”). Expected: each record with its compiled release, the only one Vigie reads. Fix: ask the portal for records with “compiledRelease”, compile them (ocdskit compile), or import the release package instead.',
		import_codes_sector: 'Defence, Security or Other',
		import_codes_category:
			'Personnel, Goods and services, Capital (investment), Transfers or Other',
		import_codes_method:
			'open, selective (restricted), limited (request for quotations) or direct (sole source) tendering',
		import_codes_body:
			'National Assembly, Court of Auditors, Inspectorate, Ombudsman, Government (Ministry of Finance) or Other',
		import_codes_document:
			'Enacted budget, Budget proposal, Execution law, Audit report, In-year report, Year-end report or Other',
		import_codes_currency: 'an ISO currency code (XOF, XAF, MRU, USD…) or FCFA',
		import_codes_flag: 'Yes or No',
		import_codes_stage: 'award, tender or planning',
		import_codes_tender_status:
			'an OCDS tender status: cancelled, unsuccessful, withdrawn, complete, active, planned or planning',
		import_field_country: 'country',
		import_field_year: 'fiscal year',
		import_field_institution: 'institution',
		import_field_sector: 'sector',
		import_field_category: 'economic category',
		import_field_programme: 'programme',
		import_field_line_label: 'line label',
		import_field_approved: 'approved',
		import_field_revised: 'revised',
		import_field_executed: 'executed',
		import_field_currency: 'currency',
		import_field_classified: 'classified funds',
		import_field_buyer: 'buyer',
		import_field_reference: 'reference',
		import_field_title: 'title',
		import_field_method: 'procurement method',
		import_field_derogation: 'derogatory regime',
		import_field_supplier: 'supplier',
		import_field_amount: 'amount',
		import_field_award_date: 'award date',
		import_field_tenderers: 'number of tenderers',
		import_field_tender_period_days: 'tender period (days)',
		import_field_amendments: 'amendments',
		import_field_amended_amount: 'amended amount',
		import_field_ocid: 'OCDS process id (ocid)',
		import_field_stage: 'stage of the process',
		import_field_method_details: 'procurement method details',
		import_field_tender_status: 'tender status',
		import_field_tender_start: 'submission period start',
		import_field_tender_end: 'submission deadline',
		import_field_year_covered: 'year covered',
		import_field_body: 'body',
		import_field_document: 'document',
		import_field_date_published: 'publication date',
		import_field_amount_covered: 'amount covered',
		import_field_stages: 'amount (approved, revised or executed)',
		import_kind_budget: 'budget lines',
		import_kind_contracts: 'contracts',
		import_kind_oversight: 'oversight events',
		import_encoding_utf8: 'UTF-8',
		import_encoding_windows1252: 'Windows-1252 (Latin-1)',
		import_delimiter_comma: 'comma',
		import_delimiter_semicolon: 'semicolon',
		import_delimiter_tab: 'tab',
		import_delimiter_pipe: 'pipe',
		import_number_space_comma: '1 234 567,50',
		import_number_dot_comma: '1.234.567,50',
		import_number_comma_dot: '1,234,567.50',
		import_date_dmy: 'dd/mm/yyyy',
		import_date_ymd: 'yyyy-mm-dd',
		import_detected: '{label}: {value} (confidence {confidence})',
		import_label_encoding: 'Encoding',
		import_label_delimiter: 'Delimiter',
		import_label_numbers: 'Numbers',
		import_label_dates: 'Dates',
		import_label_kind: 'Data',
		import_label_mapping: 'Columns:',
		import_mapping_entry: '“{column}” → {field}',
		import_unmapped: 'Ignored columns: {columns}',
		import_titles_skipped: 'Title rows above the header, skipped: {titles}',
		import_counts: 'Rows: {rows} — accepted: {accepted}, rejected: {rejected}',
		import_more_problems: '… and {count} more problems',
		import_usage_check:
			'Usage: npm run vigie -- check FILE... [--country ISO3] [--kind budget|contracts|oversight] [--sheet SHEET] [--lang fr|en]',
		import_usage_summary:
			'Usage: npm run vigie -- summary FILE [--country ISO3] [--kind budget|contracts|oversight] [--sheet SHEET] --json',
		import_file_not_found: 'File not found: {file}'
	}
);
