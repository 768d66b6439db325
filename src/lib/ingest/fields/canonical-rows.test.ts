import { describe, expect, it } from 'vitest';
import { readFixture } from '../fixtures/read-fixture.ts';
import { withEmptyTables } from '../fixtures/with-empty-tables.ts';
import { importFile } from '../import-file.ts';
import { checkCanonicalRows } from './canonical-rows.ts';

const db = withEmptyTables();

const load = async (name: string, options = {}) => {
	const result = await importFile(db.engine, { name, bytes: readFixture(name) }, options);
	return { kind: result.sniff!.mapping.kind, id: result.datasetId, accepted: result.accepted };
};

describe('checkCanonicalRows: what the importer stores conforms to the one definition', () => {
	it('every clean fixture, CSV, workbook and OCDS, gives only conforming rows', async () => {
		const files: Array<[string, object?]> = [
			['niger-budget-fr-cp1252.csv'],
			['niger-budget-fr.xlsx'],
			['budget-dot-comma.csv'],
			['contracts-bulletin-no-country.csv', { country: 'MLI' }],
			['ocds-contracts-utf8-bom.csv'],
			['contracts-en.tsv'],
			['oversight-pipe.txt']
		];
		for (const [name, options] of files) {
			const { kind, id, accepted } = await load(name, options);
			const checked = await checkCanonicalRows(db.engine, kind, id);
			expect(checked, name).toEqual({ rows: accepted, failures: [] });
			expect(accepted, name).toBeGreaterThan(0);
		}
	});

	it('the accepted rows of a file with errors conform too', async () => {
		const { kind, id, accepted } = await load('contracts-errors.csv');
		expect(await checkCanonicalRows(db.engine, kind, id)).toEqual({ rows: accepted, failures: [] });
	});

	it('names the row, the field, the value and the rule a corrupted row breaks', async () => {
		const { id } = await load('niger-budget-fr-cp1252.csv');
		// A bug that would store a code outside the list, and one that would lose every amount.
		await db.engine.exec(`UPDATE budget_lines SET sector = 'navy' WHERE source_row = 2`);
		await db.engine.exec(
			`UPDATE budget_lines SET approved = NULL, revised = NULL, executed = NULL WHERE source_row = 3`
		);
		const { rows, failures } = await checkCanonicalRows(db.engine, 'budget', id);
		expect(rows).toBe(11);
		expect(failures).toHaveLength(2);
		expect(failures[0]!.sourceRow).toBe(2);
		expect(failures[0]!.issues).toHaveLength(1);
		expect(failures[0]!.issues[0]).toMatch(/^sector = "navy": .*"defence"\|"security"\|"other"/);
		expect(failures[1]).toEqual({
			sourceRow: 3,
			issues: ['approved = null: no amount at any stage']
		});
	});

	it('an award without its amount breaks the award rule; a tender row may have none', async () => {
		const { id } = await load('contracts-bulletin-no-country.csv', { country: 'MLI' });
		await db.engine.exec(`UPDATE contracts SET amount = NULL WHERE source_row = 2`);
		await db.engine.exec(
			`UPDATE contracts SET amount = NULL, currency = NULL, stage = 'tender' WHERE source_row = 3`
		);
		const { failures } = await checkCanonicalRows(db.engine, 'contracts', id);
		expect(failures).toEqual([
			{ sourceRow: 2, issues: ['amount = null: required on an award row'] }
		]);
	});
});
