import { describe, expect, it } from 'vitest';
import { readFixture } from '../fixtures/read-fixture.ts';
import { importFile } from '../import-file.ts';
import { summarizeDataset } from './summarize-dataset.ts';
import { withEmptyTables } from '../fixtures/with-empty-tables.ts';

const db = withEmptyTables();

async function summarize(name: string, options = {}) {
	const result = await importFile(db.engine, { name, bytes: readFixture(name) }, options);
	return summarizeDataset(db.engine, result.sniff!.mapping.kind, result.datasetId);
}

describe('summarizeDataset', () => {
	it('sums the Niger budget by year and stage, in FCFA units', async () => {
		expect(await summarize('niger-budget-fr-cp1252.csv')).toEqual({
			kind: 'budget',
			rows: 11,
			by_year: {
				// approved 62 418,50 + 18 250 + 35 000 + 21 730 + 1 200 = 138 598,5 millions
				// revised 64 102 + 21 400 + 31 500 + 21 730 (one blank) = 138 732 millions
				// executed 63 987,25 + 20 915,40 + 22 740,10 + 21 655,80 + 950 = 130 248,55 millions
				2021: { approved: 138_598_500_000, revised: 138_732_000_000, executed: 130_248_550_000 },
				// 68 900 + 19 800 + 48 500 + 23 410 = 160 610; 70 250 + 23 100 + 52 000 + 23 410 = 168 760;
				// 69 874,60 + 22 480 + 38 215,75 + 23 398 = 153 968,35
				2022: { approved: 160_610_000_000, revised: 168_760_000_000, executed: 153_968_350_000 },
				// 74 120 + 6 845 = 80 965; no revision or execution yet
				2023: { approved: 80_965_000_000, revised: null, executed: null }
			}
		});
	});

	it('sums OCDS contracts by year, method and derogation', async () => {
		expect(await summarize('ocds-contracts-utf8-bom.csv')).toEqual({
			kind: 'contracts',
			rows: 6,
			// 1 245 000 000 + 8 750 000 000 + 312 500 000,50 + 98 000 000 + 2 150 000 000 + 450 000 000
			total: 13_005_500_000.5,
			by_year: { 2023: 10_405_500_000.5, 2024: 2_600_000_000 },
			by_method: {
				open: 1_695_000_000, // 1 245 000 000 + 450 000 000
				selective: 312_500_000.5,
				limited: 98_000_000,
				direct: 8_750_000_000,
				// procurementMethod blank, "Marché spécial" in the details: the derogatory regime with
				// no stated method, counted as the procurement view counts it, never as unknown
				derogation: 2_150_000_000,
				unknown: 0
			},
			derogation: 10_900_000_000 // 8 750 000 000 (direct) + 2 150 000 000 (no method)
		});
	});

	it('counts a derogation with no method as `derogation` and sums awarded rows only', async () => {
		const csv = [
			'country,buyer,reference,method,derogation,supplier,amount,currency,award_date,stage',
			'MLI,Défense,A1,direct,false,Alpha,100,XOF,2023-01-10,award',
			'MLI,Défense,A2,,true,Bravo,300,XOF,2023-02-10,award',
			'MLI,Défense,A3,,false,Charlie,50,XOF,2023-03-10,award',
			// a tender notice with an estimated value: a process, no awarded value
			'MLI,Défense,T1,open,false,,999,XOF,,tender'
		].join('\n');
		const result = await importFile(db.engine, {
			name: 'stages.csv',
			bytes: new TextEncoder().encode(csv)
		});
		expect(result.accepted).toBe(4);
		expect(await summarizeDataset(db.engine, 'contracts', result.datasetId)).toEqual({
			kind: 'contracts',
			rows: 4,
			total: 450, // 100 + 300 + 50; the tender's 999 is no award
			by_year: { 2023: 450 },
			// A2: no method, derogatory regime -> derogation; A3: neither -> unknown; the open
			// tender T1 is not awarded: 0 in `open`
			by_method: { open: 0, selective: 0, limited: 0, direct: 100, derogation: 300, unknown: 50 },
			derogation: 300,
			not_awarded: 1
		});
	});

	it('works on a file without country, with no --country given', async () => {
		const summary = await summarize('contracts-bulletin-no-country.csv');
		// 1 850 000 000 + 640 000 000 + 95 500 000 + 12 400 000 000 + 210 000 000
		expect(summary).toMatchObject({ rows: 5, total: 15_195_500_000, derogation: 12_400_000_000 });
	});
});
