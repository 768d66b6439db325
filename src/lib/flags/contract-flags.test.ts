/**
 * The shared flags on a French contracts list (not OCDS): processes keyed by reference where
 * there is no ocid, cancelled tenders and excluded procedures left out, as Cardinal leaves them.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../ingest/import-file.ts';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import { cardinalOutput } from './cardinal-output.ts';
import { DEFAULT_FLAG_SETTINGS, parseCardinalSettings } from './cardinal-settings.ts';
import { contractFlags } from './contract-flags.ts';

const db = withEmptyTables();
const CSV = [
	'Référence;Autorité contractante;Mode de passation;Précisions sur la procédure;Statut de l’appel d’offres;Nombre d’offres;Délai de soumission;Montant',
	'NE-1;Défense;Appel d’offres ouvert;;;1;10;100', // R018 (one bid, open) and R003 (10 < 15)
	'NE-2;Défense;Appel d’offres restreint;;;3;14;200', // R003 (14 < 15)
	'NE-3;Défense;Entente directe;;;1;30;300', // direct: not competitive, 30 ≥ 15: nothing
	'NE-4;Défense;Appel d’offres ouvert;;annulé;1;5;400', // cancelled: left out of every flag
	'NE-5;Défense;Appel d’offres ouvert;Marché spécial;;1;5;500', // excluded below, flagged by default
	';Défense;Demande de prix;;;2;7;600' // no reference: keyed by dataset and row (7 < 15)
];

async function load() {
	const bytes = new TextEncoder().encode(CSV.join('\n'));
	const result = await importFile(
		db.engine,
		{ name: 'm.csv', bytes },
		{ datasetId: 'm', country: 'NER' }
	);
	expect([result.accepted, result.rejected]).toEqual([6, 0]);
}

describe('contractFlags', () => {
	it('flags per process with Cardinal’s defaults', async () => {
		await load();
		const flags = await contractFlags(db.engine, DEFAULT_FLAG_SETTINGS);
		expect(cardinalOutput(flags)).toEqual({
			OCID: {
				'NE-1': { R003: 1, R018: 1 },
				'NE-2': { R003: 1 },
				'NE-5': { R003: 1, R018: 1 },
				'm:7': { R003: 1 }
			}
		});
	});

	it('leaves out the excluded procedure details and takes R003’s threshold from the settings', async () => {
		await load();
		const settings = parseCardinalSettings(
			'[exclusions]\nprocurement_method_details = Marché spécial\n[R003]\nthreshold = 12\n[R018]\n'
		);
		// threshold 12: NE-1 (10) and m:7 (7) stay, NE-2 (14) goes; NE-5 is excluded
		expect(cardinalOutput(await contractFlags(db.engine, settings))).toEqual({
			OCID: { 'NE-1': { R003: 1, R018: 1 }, 'm:7': { R003: 1 } }
		});
	});

	it('looks only at the contracts it is given', async () => {
		await load();
		const within = {
			sql: `SELECT * FROM main.contracts WHERE source_row IN (?, ?)`,
			params: [3, 4]
		};
		const flags = await contractFlags(db.engine, DEFAULT_FLAG_SETTINGS, within);
		expect(flags.map((f) => [f.source_row, f.code])).toEqual([[3, 'R003']]);
	});
});
