import { describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { readFixture } from './fixtures/read-fixture.ts';
import { importFile } from './import-file.ts';
import { withEmptyTables } from './fixtures/with-empty-tables.ts';

const db = withEmptyTables();

const load = (name: string, options = {}) =>
	importFile(db.engine, { name, bytes: readFixture(name) }, options);

describe('importFile on clean fixtures', () => {
	it('loads the Windows-1252 Niger budget, scaled from millions, sector taken from the ministry', async () => {
		const result = await load('niger-budget-fr-cp1252.csv');
		// 13 data lines, one blank and one ";;;;;;;;" line ignored silently → 11 rows
		expect([result.rows, result.accepted, result.rejected, result.problems]).toEqual([
			11,
			11,
			0,
			[]
		]);
		const rows = await db.engine.query(
			`SELECT source_row, institution, sector, category, approved, executed, currency FROM budget_lines ORDER BY source_row LIMIT 2 OFFSET 4`
		);
		expect(rows).toEqual([
			// line 6: "1 200,00" millions → 1 200 000 000; no revised; ’ decoded from 0x92
			{
				source_row: 6,
				institution: 'Ministère de l’Intérieur',
				sector: 'security',
				category: 'transfers',
				approved: 1_200_000_000,
				executed: 950_000_000,
				currency: 'XOF'
			},
			// line 8 (line 7 is blank): "68 900,00" → 68 900 000 000
			{
				source_row: 8,
				institution: 'Ministère de la Défense nationale',
				sector: 'defence',
				category: 'personnel',
				approved: 68_900_000_000,
				executed: 69_874_600_000,
				currency: 'XOF'
			}
		]);
	});

	it('passes over title rows typed above the header, and numbers rows as in the file', async () => {
		const original = await load('niger-budget-fr-cp1252.csv');
		const cols = `source_row, institution, category, approved, revised, executed, currency`;
		const before = await db.engine.query(
			`SELECT ${cols} FROM budget_lines WHERE dataset_id = ? ORDER BY source_row`,
			[original.datasetId]
		);
		const titled = await load('niger-budget-fr-titles.csv');
		expect(titled.sniff?.titles).toEqual([
			'Loi de finances — Niger, défense et sécurité, exercices 2021 et 2022',
			'Source : saisie des annexes de la loi de finances (exemple de test)'
		]);
		expect(titled.sniff?.headers[0]).toBe('Pays');
		expect([titled.accepted, titled.rejected, titled.problems]).toEqual([11, 0, []]);
		const after = await db.engine.query(
			`SELECT ${cols} FROM budget_lines WHERE dataset_id = ? ORDER BY source_row`,
			[titled.datasetId]
		);
		// the same rows, each three file lines further down (two titles and a ";;;;;;;;" line)
		expect(after).toEqual(before.map((r) => ({ ...r, source_row: Number(r.source_row) + 3 })));
	});

	it('a rejected cell below title rows is reported on its line of the file', async () => {
		const text =
			'Budget de la défense;;;;\n;;;;\npays;annee;institution;credits_votes;credits_executes\n' +
			'NER;2023;Ministère de la Défense nationale;1000;900\nNER;2022;Ministère de la Défense nationale;800;abc\n';
		const result = await importFile(db.engine, {
			name: 'titres.csv',
			bytes: new TextEncoder().encode(text)
		});
		expect([result.accepted, result.rejected]).toEqual([1, 1]);
		expect(result.problems.map((p) => [p.row, p.column, p.value])).toEqual([
			[5, 'credits_executes', 'abc']
		]);
	});

	it('loads OCDS contracts: multi-line title keeps its row, method details give the derogation', async () => {
		const result = await load('ocds-contracts-utf8-bom.csv');
		expect([result.accepted, result.rejected]).toEqual([6, 0]);
		const rows = await db.engine.query(
			`SELECT source_row, method, derogation, amount, strftime(award_date, '%Y-%m-%d') AS award_date FROM contracts ORDER BY source_row`
		);
		expect(rows.map((r) => r.source_row)).toEqual([2, 3, 4, 5, 6, 8]); // row 6 spans lines 6–7
		expect(rows[4]).toEqual({
			source_row: 6,
			method: null,
			derogation: true,
			amount: 2_150_000_000,
			award_date: '2024-01-09'
		});
	});

	it('takes the country of a file without country column from the option, FCFA → XOF', async () => {
		await load('contracts-bulletin-no-country.csv', { country: 'Mali' });
		const rows = await db.engine.query(`SELECT DISTINCT country, currency FROM contracts`);
		expect(rows).toEqual([{ country: 'MLI', currency: 'XOF' }]);
	});

	it('resolves FCFA to XAF for Chad and reads "1,234,567.50"', async () => {
		await load('budget-comma-dot.csv');
		const rows = await db.engine.query(
			`SELECT country, approved, currency FROM budget_lines ORDER BY source_row`
		);
		expect(rows[0]).toEqual({ country: 'TCD', approved: 145_230_500_000.5, currency: 'XAF' });
	});

	it('reads "1.234.567,50" amounts and Burkina Faso as "BF"', async () => {
		await load('budget-dot-comma.csv');
		const [row] = await db.engine.query(
			`SELECT country, approved, revised FROM budget_lines ORDER BY source_row`
		);
		expect(row).toEqual({ country: 'BFA', approved: 145_230_500_000.5, revised: 150_100_000_000 });
	});

	it('loads tab-separated contracts and pipe-separated oversight events', async () => {
		expect((await load('contracts-en.tsv')).accepted).toBe(2);
		expect((await load('oversight-pipe.txt')).accepted).toBe(3);
		const events = await db.engine.query(
			`SELECT body, document, amount_covered, strftime(date_published, '%Y-%m-%d') AS published FROM oversight_events ORDER BY source_row LIMIT 1`
		);
		// "2 450,5" milliards → 2 450 500 000 000
		expect(events).toEqual([
			{
				body: 'parliament',
				document: 'execution_law',
				amount_covered: 2_450_500_000_000,
				published: '2023-06-15'
			}
		]);
	});
});

describe('importFile on the error fixture', () => {
	it('reports each error at its file row and column, and imports the valid rows once', async () => {
		const result = await load('budget-errors.csv');
		const found = result.problems.map((p) => [p.row, p.column, p.code]);
		expect(found).toEqual([
			[3, 'Pays', 'unknown_country'],
			[4, 'Crédits votés (FCFA)', 'not_a_number'],
			[5, 'Crédits votés (FCFA)', 'negative_amount'],
			[6, 'Exercice', 'impossible_year'],
			[7, 'Ministère', 'missing_required'],
			[9, null, 'wrong_field_count'], // line 8 is blank
			[10, 'Crédits votés (FCFA)', 'formula_like'],
			[11, 'Nature de la dépense', 'unknown_code'],
			[14, null, 'duplicate_row'], // lines 12–13 are one record with a quoted newline
			[15, 'Exécution (FCFA)', 'formula_like'],
			[16, 'Crédits votés (FCFA)', 'formula_like']
		]);
		expect(result.problems[8]!.params).toEqual({ first: 2 });
		// 13 records: rows 2 and 12 accepted, 11 rejected
		expect([result.rows, result.accepted, result.rejected]).toEqual([13, 2, 11]);
		const lines = await db.engine.query(
			`SELECT source_row, approved FROM budget_lines ORDER BY source_row`
		);
		expect(lines).toEqual([
			{ source_row: 2, approved: 1_500_000 },
			{ source_row: 12, approved: 7_500 }
		]);
	});

	it('reports invalid dates, unknown methods and a missing amount in contracts', async () => {
		const result = await load('contracts-errors.csv');
		expect(result.problems.map((p) => [p.row, p.code, p.value])).toEqual([
			[2, 'invalid_date', '31/02/2022'],
			[3, 'unknown_code', 'Tirage au sort'],
			[5, 'missing_required', null],
			[6, 'invalid_date', '2022-13-01'],
			[6, 'not_a_number', 'deux']
		]);
		expect([result.accepted, result.rejected]).toEqual([1, 4]);
	});

	it('refuses a file that lacks a required column, naming the field', async () => {
		const bytes = new TextEncoder().encode('Exercice;Crédits votés\n2022;100\n');
		const result = await importFile(db.engine, { name: 'x.csv', bytes }, { kind: 'budget' });
		expect(result.problems.map((p) => [p.code, p.params.field])).toEqual([
			['missing_column', 'institution']
		]);
	});
});

describe('importFile never loses earlier data', () => {
	it('a failure while inserting rolls back and leaves the earlier dataset intact', async () => {
		await load('niger-budget-fr-cp1252.csv', { datasetId: 'niger' });
		const failing: Engine = {
			...db.engine,
			query: (sql, params) =>
				sql.startsWith('INSERT INTO')
					? Promise.reject(new Error('disk full'))
					: db.engine.query(sql, params)
		};
		const bytes = readFixture('niger-budget-fr-cp1252.csv');
		await expect(
			importFile(failing, { name: 'again', bytes }, { datasetId: 'niger' })
		).rejects.toThrow('disk full');
		// the DELETE of the re-import ran inside the rolled-back transaction: all 11 rows remain
		const [{ n }] = (await db.engine.query<{ n: number }>(
			`SELECT count(*) AS n FROM budget_lines WHERE dataset_id = 'niger'`
		)) as [{ n: number }];
		expect(n).toBe(11);
	});

	it('a cancelled import writes nothing and leaves no staging table', async () => {
		await load('budget-dot-comma.csv', { datasetId: 'bf' });
		const stagingTables = () =>
			db.engine.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'vigie_%'`);
		const before = await stagingTables(); // the finished import keeps its own until discarded
		const controller = new AbortController();
		const cancelling = importFile(
			db.engine,
			{ name: 'niger', bytes: readFixture('niger-budget-fr-cp1252.csv') },
			{},
			// Rows are in the engine by then (a clean file takes the fast path, which has no 'check'
			// step), inside a transaction that the cancel must roll back.
			{ signal: controller.signal, onProgress: (step) => step === 'commit' && controller.abort() }
		);
		await expect(cancelling).rejects.toThrow();
		const datasets = await db.engine.query(`SELECT DISTINCT dataset_id FROM budget_lines`);
		expect(datasets).toEqual([{ dataset_id: 'bf' }]);
		expect(await stagingTables()).toEqual(before);
	});

	it('re-importing the same dataset replaces it instead of doubling it', async () => {
		await load('budget-dot-comma.csv', { datasetId: 'bf' });
		await load('budget-dot-comma.csv', { datasetId: 'bf' });
		const [{ n }] = (await db.engine.query<{ n: number }>(
			`SELECT count(*) AS n FROM budget_lines`
		)) as [{ n: number }];
		expect(n).toBe(2);
	});

	it("never hands the db.engine the caller's buffer, which the browser db.engine would detach", async () => {
		const bytes = readFixture('ocds-contracts-utf8-bom.csv');
		const registered: Uint8Array[] = [];
		const spying: Engine = {
			...db.engine,
			registerFile: (name, data) => {
				registered.push(data);
				return db.engine.registerFile(name, data);
			}
		};
		await importFile(spying, { name: 'ocds', bytes });
		expect(registered).toHaveLength(1);
		expect(registered[0]!.buffer).not.toBe(bytes.buffer);
	});
});

describe('importFile with a saved mapping', () => {
	it('uses the mapping as given, for a file whose headers it would not recognise', async () => {
		const bytes = new TextEncoder().encode('A;B;C\nNiger;2022;1 000\n');
		const mapping = {
			kind: 'budget' as const,
			fields: {
				country: { column: 0, scale: 1 },
				year: { column: 1, scale: 1 },
				institution: { column: 0, scale: 1 },
				approved: { column: 2, scale: 1e3 }
			},
			currency: 'XOF'
		};
		const result = await importFile(db.engine, { name: 'x', bytes }, { mapping });
		expect(result.accepted).toBe(1);
		expect(await db.engine.query(`SELECT approved, currency FROM budget_lines`)).toEqual([
			{ approved: 1_000_000, currency: 'XOF' }
		]);
	});
});
