import { defineMessages } from '../define-messages.ts';

/** Per-contract red flags shared with Cardinal (`src/lib/flags`): `vigie flags`, the flagged table. */
export default defineMessages(
	{
		flags_usage:
			'Usage : npm run vigie -- flags FICHIER... [--settings reglages.ini] [--file-country ISO3] [--json] [--lang fr|en]',
		flags_settings_not_found: 'Fichier de réglages introuvable : {file}',
		flags_settings_fault_syntax:
			'{file}, ligne {line} : « {text} » n’est pas de la forme « clé = valeur ». Correction : écrivez par exemple « threshold = 15 » sous [R003].',
		flags_settings_fault_unknown_section:
			'{file}, ligne {line} : section [{name}] inconnue (Cardinal la refuserait aussi). Correction : vérifiez son nom, par exemple [R003], [R018] ou [exclusions].',
		flags_settings_fault_unknown_key:
			'{file}, ligne {line} : réglage « {key} » inconnu (Cardinal le refuserait aussi). Correction : vérifiez son orthographe dans la documentation de Cardinal.',
		flags_settings_fault_not_natural:
			'{file}, ligne {line} : « {value} » n’est pas un nombre entier de jours. Correction : écrivez un nombre entier, par exemple 15.',
		flags_not_computed:
			'Indicateurs de Cardinal non calculés, faute des offres (« bids ») que les marchés de Vigie ne contiennent pas : {sections}. La page Méthodologie dit quelles données il y faudrait.',
		flags_rejected:
			'{file} : {accepted} ligne(s) acceptée(s), {rejected} rejetée(s), absentes des drapeaux. Le détail : npm run vigie -- check {file}',
		flags_cardinal_codes: 'Cardinal : {codes}',
		flags_cardinal_title:
			'Drapeaux de Cardinal (Open Contracting Partnership) qui se lèvent sur ce marché, avec les réglages par défaut : R003 délai de soumission court, R018 offre unique.'
	},
	{
		flags_usage:
			'Usage: npm run vigie -- flags FILE... [--settings settings.ini] [--file-country ISO3] [--json] [--lang fr|en]',
		flags_settings_not_found: 'Settings file not found: {file}',
		flags_settings_fault_syntax:
			'{file}, line {line}: “{text}” is not of the form “key = value”. Fix: write for example “threshold = 15” under [R003].',
		flags_settings_fault_unknown_section:
			'{file}, line {line}: unknown section [{name}] (Cardinal would refuse it too). Fix: check its name, e.g. [R003], [R018] or [exclusions].',
		flags_settings_fault_unknown_key:
			'{file}, line {line}: unknown setting “{key}” (Cardinal would refuse it too). Fix: check its spelling in Cardinal’s documentation.',
		flags_settings_fault_not_natural:
			'{file}, line {line}: “{value}” is not a whole number of days. Fix: write a whole number, e.g. 15.',
		flags_not_computed:
			'Cardinal indicators not computed, for want of the bids that Vigie’s contracts do not hold: {sections}. The Methodology page says what data they would take.',
		flags_rejected:
			'{file}: {accepted} row(s) accepted, {rejected} rejected and left out of the flags. Details: npm run vigie -- check {file}',
		flags_cardinal_codes: 'Cardinal: {codes}',
		flags_cardinal_title:
			'Cardinal (Open Contracting Partnership) red flags raised on this contract, with default settings: R003 short submission period, R018 single bid received.'
	}
);
