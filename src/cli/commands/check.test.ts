import { describe, expect, it } from 'vitest';
import { runVigie as vigie } from '../../lib/ingest/fixtures/run-vigie.ts';

const FIXTURES = 'src/lib/ingest/fixtures';

describe('vigie check', () => {
	it('exits 0 and prints format, kind, mapping and counts for a clean file', async () => {
		const { code, stdout } = await vigie(
			'check',
			'--lang',
			'en',
			`${FIXTURES}/niger-budget-fr-cp1252.csv`
		);
		expect(code).toBe(0);
		expect(stdout).toContain('Encoding: Windows-1252 (Latin-1) (confidence 90%)');
		expect(stdout).toContain('Delimiter: semicolon (confidence 100%)');
		expect(stdout).toContain('Data: budget lines');
		expect(stdout).toContain('“Crédits votés (en millions de FCFA)” → approved');
		expect(stdout).toContain('Rows: 11 — accepted: 11, rejected: 0');
	});

	it('exits 1 and prints each problem with row, column and message when rows are rejected', async () => {
		const { code, stdout } = await vigie(
			'check',
			`${FIXTURES}/budget-dot-comma.csv`,
			`${FIXTURES}/budget-errors.csv`
		);
		expect(code).toBe(1);
		expect(stdout).toContain('Lignes : 13 — acceptées : 2, rejetées : 11');
		expect(stdout).toContain('Ligne 3, colonne « Pays » : pays inconnu « Narnia ».');
		expect(stdout).toContain('Ligne 9 : 7 champs au lieu de 6.');
		expect(stdout.match(/^Ligne \d+/gm)).toHaveLength(11);
	});

	it('exits 2 with the usage when no file is given', async () => {
		const { code, stderr } = await vigie('check');
		expect(code).toBe(2);
		expect(stderr).toContain('npm run vigie -- check FICHIER...');
	});
});
