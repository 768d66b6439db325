import { defineMessages } from '../define-messages.ts';

/** Import of user CSV files (`src/lib/ingest`): problems, detected formats, field names, CLI. */
export default defineMessages(
	{
		import_at_row_column: 'Ligne {row}, colonne « {column} » : {message}',
		import_at_row: 'Ligne {row} : {message}',
		import_at_origin: '{origin} (ligne {row}) : {message}',
		import_at_origin_column: '{origin} (ligne {row}), colonne « {column} » : {message}',
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
		import_counts: 'Rows: {rows} — accepted: {accepted}, rejected: {rejected}',
		import_more_problems: '… and {count} more problems',
		import_usage_check:
			'Usage: npm run vigie -- check FILE... [--country ISO3] [--kind budget|contracts|oversight] [--sheet SHEET] [--lang fr|en]',
		import_usage_summary:
			'Usage: npm run vigie -- summary FILE [--country ISO3] [--kind budget|contracts|oversight] [--sheet SHEET] --json',
		import_file_not_found: 'File not found: {file}'
	}
);
