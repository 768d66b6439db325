import { defineMessages } from '../define-messages.ts';

// A published Vigie (`vigie publish`): whose data the pages show, and the command's messages.
export default defineMessages(
	{
		publication_field_source_row: 'ligne dans le fichier source',
		publication_by: 'Données publiées par {publisher} le {date}.',
		publication_download: 'Données et indicateurs publiés',
		publication_notice: '{kinds} : données publiées par {publisher} le {date}.',
		publication_files: 'Fichiers sources et leurs empreintes (SHA-256)',
		publication_file: '{file} — {kind}, {rows} lignes',
		publication_rejected: '{n} ligne(s) rejetée(s) non publiée(s)',
		publication_package: 'Jeu de données (Frictionless Data Package)',
		publication_own_import: 'Importer vos propres fichiers',
		fields_awards_only: 'obligatoire sur une attribution',
		datapackage_description:
			'Données de budget, de marchés publics et de contrôle publiées par {publisher} avec Vigie, sous leur forme canonique, et les indicateurs de contrôle calculés sur elles.',
		datapackage_dataset_title: '{kind} — {file}',
		datapackage_dataset_description:
			'Les {rows} lignes acceptées de {file} sous la forme canonique de Vigie ; source_row renvoie à la ligne du fichier d’origine.',
		datapackage_indicators_title: 'Indicateurs de contrôle ({format})',
		datapackage_indicators_description:
			'Tous les indicateurs calculés par Vigie (méthodologie {version}) sur ces données et la série du SIPRI, avec l’empreinte SHA-256 de chaque entrée.',
		datapackage_indicators_demo:
			'Les {kinds} n’ayant pas été publiés, leurs indicateurs reposent sur des données fictives de démonstration (entrées data/demo/…) : ne les citez pas.',
		datapackage_publication_title: 'Provenance de la publication',
		fields_codes: 'codes : {codes}',
		publish_usage:
			'Usage : npm run vigie -- publish FICHIER... --out DOSSIER [--file-country ISO3 FICHIER...] [--sheet FEUILLE FICHIER...] [--publisher NOM] [--publisher-url URL] [--title TITRE] [--base /chemin] [--allow-rejected] [--lang fr|en]',
		publish_rejected_stop:
			'Publication arrêtée : {file} a {n} ligne(s) rejetée(s) (détail ci-dessus). Corrigez le fichier, ou publiez ses lignes valides avec --allow-rejected.',
		publish_file_failed: 'Publication arrêtée : {file} n’a pu être lu (détail ci-dessus).',
		publish_rejected_written:
			'{n} ligne(s) rejetée(s) de {file} écrites dans {path} (hors du site).',
		publish_schema_bug:
			'Erreur de Vigie (pas de votre fichier) : {file}, {n} ligne(s) canonique(s) non conformes à la définition des champs. Signalez-la avec ce message.',
		publish_building: 'Construction du site dans {dir}…',
		publish_done: 'Site publié dans {dir} ({kinds}) en {seconds} s. Données : {dir}/donnees/.',
		publish_build_failed: 'La construction du site a échoué (code {code}).'
	},
	{
		publication_field_source_row: 'row in the source file',
		publication_by: 'Data published by {publisher} on {date}.',
		publication_download: 'Published data and indicators',
		publication_notice: '{kinds}: data published by {publisher} on {date}.',
		publication_files: 'Source files and their fingerprints (SHA-256)',
		publication_file: '{file} — {kind}, {rows} rows',
		publication_rejected: '{n} rejected row(s) not published',
		publication_package: 'Dataset (Frictionless Data Package)',
		publication_own_import: 'Import your own files',
		fields_awards_only: 'required on an award',
		datapackage_description:
			'Budget, procurement and oversight data published by {publisher} with Vigie, in canonical form, and the oversight indicators computed on them.',
		datapackage_dataset_title: '{kind} — {file}',
		datapackage_dataset_description:
			'The {rows} accepted rows of {file} in Vigie’s canonical form; source_row points to the row of the original file.',
		datapackage_indicators_title: 'Oversight indicators ({format})',
		datapackage_indicators_description:
			'Every indicator Vigie computes (methodology {version}) on these data and SIPRI’s series, with the SHA-256 fingerprint of each input.',
		datapackage_indicators_demo:
			'The {kinds} were not published: their indicators rest on fictitious demonstration data (inputs data/demo/…); do not cite them.',
		datapackage_publication_title: 'Provenance of the publication',
		fields_codes: 'codes: {codes}',
		publish_usage:
			'Usage: npm run vigie -- publish FILE... --out DIR [--file-country ISO3 FILE...] [--sheet SHEET FILE...] [--publisher NAME] [--publisher-url URL] [--title TITLE] [--base /path] [--allow-rejected] [--lang fr|en]',
		publish_rejected_stop:
			'Publish stopped: {file} has {n} rejected row(s) (listed above). Fix the file, or publish its valid rows with --allow-rejected.',
		publish_file_failed: 'Publish stopped: {file} could not be read (see above).',
		publish_rejected_written: '{n} rejected row(s) of {file} written to {path} (outside the site).',
		publish_schema_bug:
			'Vigie error (not your file): {file}, {n} canonical row(s) do not conform to the field definition. Please report it with this message.',
		publish_building: 'Building the site in {dir}…',
		publish_done: 'Site published in {dir} ({kinds}) in {seconds} s. Data: {dir}/donnees/.',
		publish_build_failed: 'The site build failed (exit code {code}).'
	}
);
