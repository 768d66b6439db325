import { defineMessages } from '../define-messages.ts';

/** `/donnees-distantes/` (a converted dataset read in place) and `vigie convert`. */
export default defineMessages(
	{
		remote_title: 'Grands jeux de données publiés',
		remote_lead:
			'Un jeu de données trop grand pour le navigateur (des millions de marchés) est converti une fois avec « vigie convert », puis publié à côté du site, découpé par pays et par année. Vigie ne télécharge que les morceaux dont la vue a besoin, et les analyse sur votre ordinateur.',
		remote_manifest: 'Adresse du manifeste (manifest.json, sur ce site)',
		remote_country: 'Pays',
		remote_year: 'Année',
		remote_open: 'Lire le manifeste',
		remote_load: 'Télécharger les lignes et calculer',
		remote_loading: 'Téléchargement et calcul en cours…',
		remote_same_origin: 'Le manifeste doit être sur ce site ({origin}).',
		remote_failed: 'Lecture impossible : {error}',
		remote_dataset:
			'{rows} lignes en {files} fichiers, {size} au total ; {countries} pays, {from}–{to}.',
		remote_overview_title:
			'Totaux par mode de passation, d’après le manifeste (aucune ligne téléchargée)',
		remote_rows_title: 'Totaux par mode de passation, calculés sur les lignes téléchargées',
		remote_fetched:
			'{rows} lignes téléchargées : {files} fichier(s), {size}, soit {share} du jeu complet ({total}).',
		remote_verified: 'Chaque fichier correspond à l’empreinte SHA-256 du manifeste.',
		remote_not_verified:
			'Empreintes non vérifiées : ce navigateur n’offre pas Web Crypto sur cette adresse.',
		remote_method: 'Mode de passation',
		remote_contracts: 'Marchés',
		remote_amount: 'Montant',
		remote_not_stated: 'Non indiqué',
		remote_method_open: 'Appel d’offres ouvert',
		remote_method_selective: 'Appel d’offres restreint',
		remote_method_limited: 'Consultation restreinte',
		remote_method_direct: 'Entente directe (gré à gré)',
		remote_no_partition: 'Aucune donnée pour ce pays et cette année.',
		convert_usage:
			'Usage : npm run vigie -- convert FICHIER... --out DOSSIER [--country ISO3] [--sheet FEUILLE] [--lang fr|en]',
		convert_file:
			'{file} : {road}, {rows} lignes retenues, {rejected} rejetées ({problems} problèmes)',
		convert_road_canonical: 'colonnes canoniques (read_csv de DuckDB, types canoniques)',
		convert_road_importer: 'importateur de Vigie (mêmes contrôles que la page d’import)',
		convert_table:
			'{table} : {rows} lignes, {partitions} partitions, {size} ; manifeste : {manifest}',
		convert_nothing: 'Aucune ligne de marchés ni de budget à convertir.'
	},
	{
		remote_title: 'Large published datasets',
		remote_lead:
			'A dataset too large for the browser (millions of contracts) is converted once with “vigie convert”, then published next to the site, split by country and year. Vigie downloads only the pieces a view needs and analyses them on your computer.',
		remote_manifest: 'Manifest address (manifest.json, on this site)',
		remote_country: 'Country',
		remote_year: 'Year',
		remote_open: 'Read the manifest',
		remote_load: 'Download the rows and compute',
		remote_loading: 'Downloading and computing…',
		remote_same_origin: 'The manifest must be on this site ({origin}).',
		remote_failed: 'Could not read: {error}',
		remote_dataset:
			'{rows} rows in {files} files, {size} in all; {countries} countries, {from}–{to}.',
		remote_overview_title: 'Totals by procurement method, from the manifest (no row downloaded)',
		remote_rows_title: 'Totals by procurement method, computed on the downloaded rows',
		remote_fetched:
			'{rows} rows downloaded: {files} file(s), {size}, i.e. {share} of the whole dataset ({total}).',
		remote_verified: 'Every file matches the manifest’s SHA-256 fingerprint.',
		remote_not_verified:
			'Fingerprints not checked: this browser offers no Web Crypto at this address.',
		remote_method: 'Procurement method',
		remote_contracts: 'Contracts',
		remote_amount: 'Amount',
		remote_not_stated: 'Not stated',
		remote_method_open: 'Open tender',
		remote_method_selective: 'Restricted tender',
		remote_method_limited: 'Limited tender',
		remote_method_direct: 'Direct award',
		remote_no_partition: 'No data for this country and year.',
		convert_usage:
			'Usage: npm run vigie -- convert FILE... --out DIR [--country ISO3] [--sheet SHEET] [--lang fr|en]',
		convert_file: '{file}: {road}, {rows} rows kept, {rejected} rejected ({problems} problems)',
		convert_road_canonical: 'canonical columns (DuckDB read_csv, canonical types)',
		convert_road_importer: 'Vigie importer (the import page’s checks)',
		convert_table: '{table}: {rows} rows, {partitions} partitions, {size}; manifest: {manifest}',
		convert_nothing: 'No contracts or budget rows to convert.'
	}
);
