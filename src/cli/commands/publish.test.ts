import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVigie as vigie } from '../../lib/ingest/fixtures/run-vigie.ts';
import { parsePublishArgs } from './publish-args.ts';

const FIXTURES = 'src/lib/ingest/fixtures';
let tmp: string;
let withBadRow: string;

beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), 'vigie-publish-cli-'));
	// The bulletin of the fixtures plus one award whose amount is written in words: row 7.
	const bulletin = await readFile(`${FIXTURES}/contracts-bulletin-no-country.csv`, 'utf8');
	withBadRow = join(tmp, 'bulletin-2022.csv');
	await writeFile(
		withBadRow,
		`${bulletin.trimEnd()}\nMinistère de la Défense;Rations;Entente directe;Sahel Vivres;douze millions;01/03/2022;1\n`
	);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('vigie publish', () => {
	it('stops at a file with a rejected row: its row number, exit 1, nothing written', async () => {
		const out = join(tmp, 'stopped');
		const { code, stdout, stderr } = await vigie(
			'publish',
			'--file-country',
			'MLI',
			withBadRow,
			'--out',
			out,
			'--publisher',
			'Observatoire',
			'--no-build'
		);
		expect(code).toBe(1);
		expect(stdout).toContain('Lignes : 6 — acceptées : 5, rejetées : 1');
		expect(stdout).toMatch(/^Ligne 7, colonne « Montant \(FCFA\) » : /m);
		expect(stderr).toContain(`Publication arrêtée : ${withBadRow} a 1 ligne(s) rejetée(s)`);
		await expect(readdir(out)).rejects.toThrow();
	});

	it('--allow-rejected publishes the valid rows and writes the rejected one beside the site', async () => {
		const out = join(tmp, 'site');
		const { code, stderr } = await vigie(
			'publish',
			'--file-country',
			'MLI',
			withBadRow,
			'--out',
			out,
			'--publisher',
			'Observatoire',
			'--allow-rejected',
			'--no-build'
		);
		expect(code).toBe(0);
		const rejects = join(`${out}-rejets`, 'bulletin-2022.rejets.csv');
		expect(stderr).toContain(`1 ligne(s) rejetée(s) de ${withBadRow} écrites dans ${rejects}`);
		const rejected = (await readFile(rejects, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
		expect(rejected[0]).toBe(
			"error;Autorité contractante;Objet du marché;Mode de passation;Attributaire;Montant (FCFA);Date d'attribution;Nombre d'offres"
		);
		expect(rejected[1]).toMatch(
			/^Ligne 7, colonne « Montant \(FCFA\) » : .*;Sahel Vivres;douze millions;/
		);
		expect(rejected).toHaveLength(2);
		// inside the site: the five valid awards, no trace of the rejected row
		const csv = await readFile(join(out, 'donnees', 'bulletin-2022.csv'), 'utf8');
		expect(csv.trimEnd().split('\n')).toHaveLength(1 + 5);
		expect(csv).not.toContain('Sahel Vivres');
		const publication = JSON.parse(
			await readFile(join(out, 'donnees', 'publication.json'), 'utf8')
		);
		expect(publication.datasets[0]).toMatchObject({ kind: 'contracts', rows: 5, rejected: 1 });
	});

	it('refuses to replace a folder that is not a Vigie site, and needs a publisher', async () => {
		const work = join(tmp, 'work');
		await mkdir(work);
		await writeFile(join(work, 'notes.txt'), 'my notes');
		const args = [`${FIXTURES}/niger-budget-fr-cp1252.csv`, '--no-build'];
		const refused = await vigie('publish', ...args, '--out', work, '--publisher', 'X');
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('is not empty and is not a Vigie site');
		expect(await readFile(join(work, 'notes.txt'), 'utf8')).toBe('my notes');
		const anonymous = await vigie('publish', ...args, '--out', join(tmp, 'anon'));
		expect(anonymous.code).toBe(2);
		expect(anonymous.stderr).toContain('--publisher NAME is required');
	});
});

describe('parsePublishArgs', () => {
	it('applies --file-country and --sheet to the files after them', () => {
		const args = parsePublishArgs(
			['budget.xlsx', '--sheet', 'Budget', 'b2.xlsx', '--file-country', 'MLI', 'c.csv'].concat([
				'--out',
				'site',
				'--publisher',
				'Observatoire',
				'--base',
				'/vigie'
			]),
			{}
		);
		expect(args).toMatchObject({
			files: [
				{ path: 'budget.xlsx' },
				{ path: 'b2.xlsx', sheet: 'Budget' },
				{ path: 'c.csv', sheet: 'Budget', country: 'MLI' }
			],
			base: '/vigie',
			licence: { name: 'CC-BY-4.0' },
			allowRejected: false,
			build: true
		});
	});

	it('names what is wrong: base path, address, licence', () => {
		const base = ['a.csv', '--out', 'site', '--publisher', 'P'];
		expect(parsePublishArgs([...base, '--base', 'vigie/'], {})).toMatch(/^--base/);
		expect(parsePublishArgs([...base, '--publisher-url', 'example.org'], {})).toMatch(
			/^--publisher-url/
		);
		expect(parsePublishArgs([...base, '--licence', 'mine'], {})).toMatch(/^--licence: one of/);
		expect(parsePublishArgs(base, { VIGIE_BASE: '/obs' })).toMatchObject({ base: '/obs' });
	});
});
