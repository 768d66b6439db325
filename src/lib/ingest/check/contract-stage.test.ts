/**
 * The contracts fields added for OCDS, read from a plain CSV: a process with no award yet needs
 * no buyer or amount, an award still does; the submission period comes from its dates; the
 * procedure's details still name the derogation.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../import-file.ts';
import { withEmptyTables } from '../fixtures/with-empty-tables.ts';

const db = withEmptyTables();
const load = (lines: string[]) =>
	importFile(
		db.engine,
		{ name: 'c.csv', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ country: 'NER', kind: 'contracts' }
	);

describe('contracts at tender stage', () => {
	it('keeps a tender-stage row without buyer or amount, and still requires both on an award', async () => {
		const result = await load([
			'Étape;Autorité contractante;Objet;Mode de passation;Montant;Date d’attribution',
			'tender;;Rations;open;;', // a tender notice: nothing awarded yet
			'award;Ministère de la Défense;Tenues;open;;2023-05-02', // an award with no amount
			';Ministère de la Défense;Carburant;direct;1 000;2023-06-01' // no stage: an award
		]);
		expect(result.problems.map((p) => [p.row, p.code, p.params.field])).toEqual([
			[3, 'missing_required', 'amount']
		]);
		const rows = await db.engine.query(
			`SELECT source_row, stage, buyer, amount, currency FROM contracts ORDER BY source_row`
		);
		expect(rows).toEqual([
			// no amount; the currency is still the country's, as for any row
			{ source_row: 2, stage: 'tender', buyer: null, amount: null, currency: 'XOF' },
			{
				source_row: 4,
				stage: 'award',
				buyer: 'Ministère de la Défense',
				amount: 1000,
				currency: 'XOF'
			}
		]);
	});

	it('still refuses a contracts list with no amount column at all', async () => {
		const result = await load(['Autorité contractante;Objet', 'Ministère;Rations']);
		expect(result.problems.map((p) => [p.code, p.params.field])).toEqual([
			['missing_column', 'amount']
		]);
	});
});

describe('the submission period from its dates', () => {
	it('counts whole days from launch to deadline, and refuses a deadline before the launch', async () => {
		const result = await load([
			'Autorité contractante;Montant;Date de lancement;Date limite de dépôt des offres;Précisions sur la procédure',
			'Défense;100;2023-03-01;2023-03-15;Appel d’offres ouvert', // 14 days
			'Défense;200;2023-03-01;2023-02-20;Marché spécial' // ends 9 days before it starts
		]);
		expect(result.problems).toMatchObject([
			{ row: 3, code: 'period_end_before_start', column: 'Date limite de dépôt des offres' }
		]);
		const rows = await db.engine.query(
			`SELECT tender_period_days, method_details, derogation FROM contracts`
		);
		expect(rows).toEqual([
			{ tender_period_days: 14, method_details: 'Appel d’offres ouvert', derogation: false }
		]);
	});

	it('names the derogatory regime from the procedure details', async () => {
		await load([
			'Autorité contractante;Montant;Procurement method details',
			'Défense;100;Marché spécial (secret défense)',
			'Défense;200;Appel d’offres ouvert',
			'Défense;300;'
		]);
		const rows = await db.engine.query(`SELECT amount, derogation FROM contracts ORDER BY amount`);
		// a blank details cell says nothing: derogation unknown (NULL), not "no"
		expect(rows.map((r) => r.derogation)).toEqual([true, false, null]);
	});
});
