/**
 * The fast path must be invisible: for every file, the same counts, problems and canonical rows
 * as the full path, and it may only commit when every row passed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_TABLES } from '../fields/field-specs.ts';
import { readFixture } from '../fixtures/read-fixture.ts';
import { withEmptyTables } from '../fixtures/with-empty-tables.ts';
import { LOOKUP_SAMPLE, scanAndImport } from './fast-import.ts';
import { toUtf8InSlices } from '../sniff/detect-encoding.ts';
import { sniffFile } from '../sniff/sniff-file.ts';
import { importFile, type ImportOptions } from '../import-file.ts';

const db = withEmptyTables();
const encoder = new TextEncoder();

const FIXTURES = readdirSync(join(import.meta.dirname, '../fixtures'))
	.filter((name) => /\.(csv|tsv|txt)$/.test(name))
	.map((name) => ({ name, bytes: () => readFixture(name) }));
const DEMO = ['budget-lines.csv', 'contracts.csv', 'oversight-events.csv'].map((name) => ({
	name: `demo/${name}`,
	bytes: () =>
		new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../data/demo', name)))
}));
const HOSTILE_DIR = join(import.meta.dirname, '../../../../tests/fixtures/hostile');
const HOSTILE = readdirSync(HOSTILE_DIR)
	.filter((name) => name.endsWith('.csv') && name !== 'zip-bomb.csv')
	.map((name) => ({
		name: `hostile/${name}`,
		bytes: () => new Uint8Array(readFileSync(join(HOSTILE_DIR, name)))
	}));

/** Every canonical row of one dataset as text, in file order. */
async function rowsOf(datasetId: string) {
	const out: Record<string, unknown[]> = {};
	for (const table of Object.values(KIND_TABLES)) {
		const exists = await db.engine.query(`SELECT 1 FROM duckdb_tables() WHERE table_name = ?`, [
			table
		]);
		if (exists.length === 0) continue;
		out[table] = await db.engine.query(
			`SELECT COLUMNS(* EXCLUDE (dataset_id))::VARCHAR FROM ${table} WHERE dataset_id = ? ORDER BY source_row`,
			[datasetId]
		);
	}
	return out;
}

async function bothPaths(bytes: Uint8Array, options: ImportOptions = {}) {
	const fast = await importFile(
		db.engine,
		{ name: 'f.csv', bytes },
		{ ...options, datasetId: 'fast' }
	);
	const full = await importFile(
		db.engine,
		{ name: 'f.csv', bytes },
		{ ...options, datasetId: 'full', fast: false }
	);
	const outcome = (r: typeof fast) => ({
		rows: r.rows,
		accepted: r.accepted,
		rejected: r.rejected,
		problems: r.problems,
		problemCount: r.problemCount,
		committed: r.committed
	});
	return {
		fast,
		full,
		same: [outcome(fast), await rowsOf('fast')],
		expected: [outcome(full), await rowsOf('full')]
	};
}

const csv = (lines: string[]) => encoder.encode(lines.join('\n') + '\n');
const CONTRACTS_HEADER = 'Pays;Autorité contractante;Objet;Mode de passation;Montant (FCFA)';

describe('fast import', () => {
	it.each([...FIXTURES, ...DEMO, ...HOSTILE])(
		'$name: same outcome and rows as the full path',
		async ({ bytes }) => {
			const { same, expected } = await bothPaths(bytes());
			expect(same).toEqual(expected);
		}
	);

	it('takes the fast path for clean files, blank lines and ";;;;" lines included', async () => {
		const niger = await importFile(db.engine, {
			name: 'niger',
			bytes: readFixture('niger-budget-fr-cp1252.csv')
		});
		// One blank line and one line of delimiters only, skipped silently by both paths.
		expect([niger.staged, niger.accepted, niger.committed]).toEqual([null, 11, true]);
		const demo = await importFile(db.engine, { name: 'c', bytes: DEMO[1]!.bytes() });
		expect(demo.staged).toBeNull();
		expect(demo.accepted).toBeGreaterThan(1000);
	});

	it('hands a file with a bad row to the full path, which reports it', async () => {
		const { fast, same, expected } = await bothPaths(
			csv([
				CONTRACTS_HEADER,
				'Niger;Garde nationale;Rations;Gré à gré;1 000',
				'Niger;Garde nationale;Carburant;Gré à gré;mille'
			])
		);
		expect(fast.staged).not.toBeNull();
		expect([fast.accepted, fast.problems.map((p) => [p.row, p.code])]).toEqual([
			1,
			[[3, 'not_a_number']]
		]);
		expect(same).toEqual(expected);
	});

	it('reports a duplicated line instead of committing it twice', async () => {
		const line = 'Niger;Garde nationale;Rations;Gré à gré;1 000';
		const { fast, same, expected } = await bothPaths(csv([CONTRACTS_HEADER, line, line]));
		expect([fast.accepted, fast.problems.map((p) => [p.row, p.code])]).toEqual([
			1,
			[[3, 'duplicate_row']]
		]);
		expect(same).toEqual(expected);
	});

	it('keeps two lines written differently even when their values are equal', async () => {
		// "1 000" and "1000" are the same amount but not the same line: not a duplicate.
		const { fast, same, expected } = await bothPaths(
			csv([
				CONTRACTS_HEADER,
				'Niger;Garde nationale;Rations;Gré à gré;1 000',
				'Niger;Garde nationale;Rations;Gré à gré;1000'
			])
		);
		expect([fast.accepted, fast.rejected, fast.problems]).toEqual([2, 0, []]);
		expect(same).toEqual(expected);
	});

	it('reads a code first seen after the sampled rows right (through the full path)', async () => {
		const lines = [CONTRACTS_HEADER];
		for (let i = 0; i < LOOKUP_SAMPLE; i++)
			lines.push(`Niger;Garde nationale;Lot ${i};Appel d'offres ouvert;${i + 1}`);
		lines.push('Mali;Garde nationale;Lot final;Entente directe;5');
		const { fast, same, expected } = await bothPaths(csv(lines));
		expect([fast.accepted, fast.rejected]).toEqual([LOOKUP_SAMPLE + 1, 0]);
		expect(fast.staged).not.toBeNull();
		const [last] = await db.engine.query(
			`SELECT country, method FROM contracts WHERE dataset_id = 'fast' ORDER BY source_row DESC LIMIT 1`
		);
		expect(last).toEqual({ country: 'MLI', method: 'direct' });
		expect(same).toEqual(expected);
	});

	it('checks without writing when commit is false', async () => {
		const result = await importFile(
			db.engine,
			{ name: 'niger', bytes: readFixture('niger-budget-fr-cp1252.csv') },
			{ commit: false }
		);
		expect([result.accepted, result.committed]).toEqual([11, false]);
		const [{ n }] = (await db.engine.query<{ n: number }>(
			`SELECT count(*) AS n FROM budget_lines`
		)) as [{ n: number }];
		expect(n).toBe(0);
	});

	describe('part by part while scanning', () => {
		const demo = new TextDecoder().decode(DEMO[1]!.bytes());
		/** The demo contracts (about 370 KB) in parts of 48 KB, scanned 16 KB at a time. */
		async function inParts(
			text: string,
			datasetId: string,
			hooks: Parameters<typeof scanAndImport>[4] = { step: () => {} }
		) {
			const bytes = encoder.encode(text);
			const sniff = sniffFile(bytes);
			const utf8 = await toUtf8InSlices(bytes, sniff.encoding.value);
			return scanAndImport(
				db.engine,
				utf8,
				{ datasetId, sniff },
				{ commit: true, fast: true, partBytes: 48 * 1024, chunk: 16 * 1024 },
				hooks
			);
		}
		const full = async (text: string) => {
			await importFile(
				db.engine,
				{ name: 'f.csv', bytes: encoder.encode(text) },
				{
					datasetId: 'full',
					fast: false
				}
			);
			return rowsOf('full');
		};

		it('inserts each part as soon as it is scanned, rows as the full path has them', async () => {
			const { scan, fast } = await inParts(demo, 'fast');
			expect(scan.parts.length).toBeGreaterThan(5);
			expect(fast?.accepted).toBe(scan.recordCount);
			expect(await rowsOf('fast')).toEqual(await full(demo));
		});

		it('starts over from the cleaned copy when a blank line comes after parts went in', async () => {
			const lines = demo.split('\n');
			lines.splice(lines.length - 20, 0, '');
			const text = lines.join('\n');
			const { fast } = await inParts(text, 'fast');
			expect(fast).not.toBeNull();
			// Lines below the blank one keep their own numbers.
			expect(await rowsOf('fast')).toEqual(await full(text));
		});

		it('stops scanning once cancelled, and leaves nothing', async () => {
			const controller = new AbortController();
			let steps = 0;
			// Cancelled a few slices in, once parts are queued to the engine.
			const importing = inParts(demo, 'fast', {
				signal: controller.signal,
				step: () => ++steps === 8 && controller.abort()
			});
			await expect(importing).rejects.toThrow();
			expect(steps).toBeLessThan(20);
			expect((await rowsOf('fast')).contracts ?? []).toEqual([]);
			await db.engine.exec('BEGIN TRANSACTION; ROLLBACK');
		});

		it('leaves no row and no open transaction when a bad line comes late', async () => {
			const text = demo.trimEnd() + '\nNER;too;few\n';
			const { scan, fast } = await inParts(text, 'fast');
			expect([fast, scan.malformed.length]).toEqual([null, 1]);
			expect((await rowsOf('fast')).contracts).toEqual([]);
			await db.engine.exec('BEGIN TRANSACTION; ROLLBACK'); // fails if one were still open
		});
	});
});
