/**
 * Workbooks through the import page: the French budget saved as .xlsx (title row, "Notes"
 * sheet) and as .ods (written by LibreOffice) give the totals `vigie summary` gives for the CSV
 * they were saved from, survive a reload with their sheet, and are parsed in the source Worker:
 * SheetJS never loads on the page itself.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { vigie } from './cli.ts';

const FIXTURES = 'src/lib/ingest/fixtures';
const XLSX = `${FIXTURES}/niger-budget-fr.xlsx`;
const ODS = `${FIXTURES}/niger-budget-fr-libreoffice.ods`;
test.describe.configure({ timeout: 180_000 });

const fr = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);

/** Built chunks that hold SheetJS (the page's own copy, for the in-process runner it never uses). */
function sheetJsChunks(): string[] {
	const dir = 'build/_app/immutable/chunks';
	return readdirSync(dir).filter(
		(f) => f.endsWith('.js') && readFileSync(`${dir}/${f}`, 'utf8').includes('SheetJS')
	);
}

async function expectTotalsOfCsv(page: Page, datasetId: string) {
	const csv = JSON.parse(
		await vigie('summary', `${FIXTURES}/niger-budget-fr-cp1252.csv`, '--json')
	);
	const set = page.locator(`[data-dataset="${datasetId}"]`);
	for (const [year, stages] of Object.entries<Record<string, number | null>>(csv.by_year)) {
		const cells = set.getByRole('row', { name: new RegExp(`^${year}`) }).locator('td');
		await expect(cells).toHaveText(
			['approved', 'revised', 'executed'].map((s) => (stages[s] === null ? '—' : fr(stages[s]!)))
		);
	}
}

test('a French budget as .xlsx and as .ods imports like its CSV, in the Worker, and survives a reload', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto('/import/');
	await page.locator('#file-input').setInputFiles(XLSX);
	const card = page.getByRole('article', { name: 'niger-budget-fr.xlsx' });
	await expect(card.locator('[data-source-format="xlsx"]')).toHaveText(
		'Classeur Excel (.xlsx), feuille « Budget » (2 feuilles)',
		{ timeout: 45_000 }
	);
	// Encoding and delimiter mean nothing for a converted file; the conventions are fixed.
	await expect(card.getByLabel('Encodage')).toHaveCount(0);
	await expect(card.getByLabel('Séparateur')).toHaveCount(0);
	await expect(card.getByLabel('Nombres')).toBeDisabled();

	// Another sheet is offered as another file, and the choice can be undone.
	const sheet = card.getByLabel('Feuille à importer');
	await expect(sheet.locator('option')).toHaveText(['Budget (13 lignes)', 'Notes (3 lignes)']);
	await sheet.selectOption('Notes');
	await expect(card.locator('[data-source-format]')).toContainText('feuille « Notes »');
	await card.getByText('Aperçu des premières lignes').click();
	await expect(card.locator('.preview th')).toHaveText(['Notes']);
	await sheet.selectOption('Budget');
	await expect(card.locator('.preview th').first()).toHaveText('Pays');

	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toHaveText(
		'11 ligne(s) importée(s), 0 rejetée(s) sur 11.',
		{
			timeout: 45_000
		}
	);
	await expectTotalsOfCsv(page, 'niger-budget-fr');

	await page.locator('#file-input').setInputFiles(ODS);
	const odsCard = page.getByRole('article', { name: 'niger-budget-fr-libreoffice.ods' });
	await expect(odsCard.locator('[data-source-format="ods"]')).toHaveText(
		'Classeur OpenDocument (.ods), feuille « Budget » (2 feuilles)',
		{ timeout: 45_000 }
	);
	await odsCard.getByRole('button', { name: 'Importer' }).click();
	await expect(odsCard.getByRole('status')).toContainText('11 ligne(s) importée(s)', {
		timeout: 45_000
	});
	await expectTotalsOfCsv(page, 'niger-budget-fr-libreoffice');

	// Parsed off the page's thread: a source Worker ran, and no SheetJS chunk loaded on the page.
	expect(workers.filter((url) => /source-worker/.test(url)).length).toBeGreaterThanOrEqual(2);
	const chunks = sheetJsChunks();
	expect(chunks.length).toBeGreaterThan(0);
	expect(scripts.filter((url) => chunks.some((c) => url.endsWith(c)))).toEqual([]);

	// The stored datasets replay the same sheet from the original bytes after a reload.
	await page.reload();
	const stored = page.locator('[data-dataset="niger-budget-fr"]');
	await expect(stored).toContainText('feuille « Budget »', { timeout: 60_000 });
	await expectTotalsOfCsv(page, 'niger-budget-fr');
	await expectTotalsOfCsv(page, 'niger-budget-fr-libreoffice');
});

test('a problem in a workbook names the sheet and its own row', async ({ page }) => {
	await page.goto('/import/');
	await page.locator('#file-input').setInputFiles('tests/fixtures/hostile/workbook-crafted.xlsx');
	const card = page.getByRole('article', { name: 'workbook-crafted.xlsx' });
	await card.getByRole('button', { name: 'Importer' }).click({ timeout: 45_000 });
	await expect(card.getByRole('status')).toHaveText('2 ligne(s) importée(s), 4 rejetée(s) sur 6.', {
		timeout: 45_000
	});
	await expect(card.locator('tr[data-code]').first()).toContainText(
		'constructor (ligne 2), colonne « Crédits votés (FCFA) » : « =HYPERLINK('
	);
});
