import { defineMessages } from '../define-messages.ts';

/** What the app says when work could have been lost: engine crash, full storage, closed tab. */
export default defineMessages(
	{
		recovery_engine_crashed:
			'Le moteur d’analyse s’est arrêté (mémoire insuffisante ou erreur interne). Vos jeux de données enregistrés sont intacts : « Réessayer » redémarre le moteur et les recharge.',
		recovery_import_crashed:
			'Le moteur d’analyse s’est arrêté pendant l’import de « {name} » : rien de ce fichier n’a été enregistré, et vos jeux de données enregistrés sont intacts. Cliquez sur « Réessayer » en haut de la page, puis importez de nouveau.',
		recovery_quota_full:
			'Plus de place pour enregistrer « {name} » dans ce navigateur (quota de stockage atteint) : il n’a pas été ajouté, et vos jeux de données déjà enregistrés sont intacts. Pour libérer de la place, supprimez ci-dessous les jeux de données dont vous n’avez plus besoin, ou effacez les données d’autres sites dans les paramètres du navigateur, puis cliquez de nouveau sur « Importer ».',
		recovery_interrupted:
			'L’import de {names} n’a pas abouti (onglet fermé ou navigateur arrêté pendant l’import) : rien n’en a été enregistré, et vos autres jeux de données sont intacts. Importez de nouveau le fichier si besoin.'
	},
	{
		recovery_engine_crashed:
			'The analysis engine stopped (out of memory or an internal error). Your saved datasets are intact: “Retry” restarts the engine and reloads them.',
		recovery_import_crashed:
			'The analysis engine stopped while importing “{name}”: nothing from this file was saved, and your saved datasets are intact. Click “Retry” at the top of the page, then import again.',
		recovery_quota_full:
			'No room left to save “{name}” in this browser (storage quota reached): it was not added, and the datasets you had already saved are intact. To free space, remove below the datasets you no longer need, or clear other sites’ data in the browser settings, then click “Import” again.',
		recovery_interrupted:
			'The import of {names} did not finish (tab closed or browser stopped during the import): nothing from it was saved, and your other datasets are intact. Import the file again if needed.'
	}
);
