import { defineMessages } from '../define-messages.ts';

/** The indicator-set download on /indicateurs/ and its explanation on /methodologie/. */
export default defineMessages(
	{
		iset_title: 'Télécharger le jeu d’indicateurs',
		iset_lead:
			'Tous les indicateurs pour les pays et les années choisis, en CSV ou en JSON, avec la version de la méthodologie, l’empreinte des données (SHA-256) et la date de génération : un tableau de bord publié peut ainsi être vérifié plus tard avec npm run vigie -- indicators … --json.',
		iset_countries: 'Pays',
		iset_all: 'Tous',
		iset_none: 'Aucun',
		iset_from: 'De l’année',
		iset_to: 'à l’année',
		iset_count: 'Résultats retenus : {n}',
		iset_csv: 'CSV (,)',
		iset_csv_semicolon: 'CSV (; — Excel en français)',
		iset_json: 'JSON',
		iset_downloads: 'Télécharger',
		iset_preparing: 'Calcul de l’empreinte des données…',
		iset_failed: 'Le téléchargement a échoué : {error}',
		iset_method_version: 'Version de la méthodologie : {version}.',
		iset_method_title: 'Jeu d’indicateurs : version et empreinte des données',
		iset_method_recipe:
			'Chaque jeu d’indicateurs téléchargé (page Indicateurs, ou npm run vigie -- indicators … --csv / --json) indique la version de la méthodologie, la version de Vigie, la date de génération, les pays et années retenus et une empreinte SHA-256 des données. Empreinte : pour chaque source, le SHA-256 de ses octets exacts (fichier importé tel quel, fichier de données par défaut tel que livré, par exemple data/sipri-milex.csv) et, pour un fichier importé, le SHA-256 du JSON canonique (clés triées, sans espaces) de ses options d’import (encodage, séparateur, formats des nombres et des dates, correspondance des colonnes, pays, devise) ; chaque source donne « sha256 » ou « sha256:options_sha256 » ; l’empreinte est le SHA-256 de ces lignes triées et jointes par un saut de ligne. L’ordre d’import et le nom des fichiers ne comptent pas ; le même contenu donne la même empreinte, un seul octet changé en donne une autre.'
	},
	{
		iset_title: 'Download the indicator set',
		iset_lead:
			'Every indicator for the chosen countries and years, as CSV or JSON, with the methodology version, the data fingerprint (SHA-256) and the generation date, so a published scorecard can be checked later with npm run vigie -- indicators … --json.',
		iset_countries: 'Countries',
		iset_all: 'All',
		iset_none: 'None',
		iset_from: 'From year',
		iset_to: 'to year',
		iset_count: 'Results kept: {n}',
		iset_csv: 'CSV (,)',
		iset_csv_semicolon: 'CSV (; — French Excel)',
		iset_json: 'JSON',
		iset_downloads: 'Download',
		iset_preparing: 'Computing the data fingerprint…',
		iset_failed: 'The download failed: {error}',
		iset_method_version: 'Methodology version: {version}.',
		iset_method_title: 'Indicator set: version and data fingerprint',
		iset_method_recipe:
			'Every downloaded indicator set (Indicators page, or npm run vigie -- indicators … --csv / --json) states the methodology version, Vigie’s version, the generation date, the countries and years kept and a SHA-256 fingerprint of the data. Fingerprint: for each input, the SHA-256 of its exact bytes (an imported file as it was, a default data file as shipped, e.g. data/sipri-milex.csv) and, for an imported file, the SHA-256 of the canonical JSON (keys sorted, no spaces) of its import options (encoding, delimiter, number and date formats, column mapping, country, currency); each input gives “sha256” or “sha256:options_sha256”; the fingerprint is the SHA-256 of those lines sorted and joined with a line feed. Import order and file names do not count; the same content gives the same fingerprint, a single changed byte gives another.'
	}
);
