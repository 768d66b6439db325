import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './ready.ts';
import { readFileSync } from 'node:fs';
import { vigie } from './cli.ts';

const FIXTURES = 'src/lib/ingest/fixtures';
const BUDGET = `${FIXTURES}/niger-budget-fr-cp1252.csv`;
const CONTRACTS = `${FIXTURES}/ocds-contracts-utf8-bom.csv`;
// Imports, a reload and the replay of saved datasets: slow on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

const fr = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);

async function importThrough(page: Page, path: string) {
	await page.locator('#file-input').setInputFiles(path);
	const name = path.split('/').pop()!;
	const card = page.getByRole('article', { name });
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toContainText(/importée|Aucune ligne/, {
		timeout: 45_000
	});
	return card;
}

async function expectTotalsMatchTerminal(page: Page) {
	const budget = JSON.parse(await vigie('summary', BUDGET, '--json'));
	const contracts = JSON.parse(await vigie('summary', CONTRACTS, '--json'));
	const budgetSet = page.locator('[data-dataset="niger-budget-fr-cp1252"]');
	for (const [year, stages] of Object.entries<Record<string, number | null>>(budget.by_year)) {
		const cells = budgetSet.getByRole('row', { name: new RegExp(`^${year}`) }).locator('td');
		await expect(cells).toHaveText(
			['approved', 'revised', 'executed'].map((s) => (stages[s] === null ? '—' : fr(stages[s]!)))
		);
	}
	const total = page.locator('[data-dataset="ocds-contracts-utf8-bom"] [data-total]');
	await expect(total).toHaveAttribute('data-total', String(contracts.total));
}

test('a French Windows-1252 budget and an OCDS contracts file import, survive a reload, and match `vigie summary`', async ({
	page
}) => {
	// The terminal's answers, computed while the page imports.
	void vigie('summary', BUDGET, '--json');
	void vigie('summary', CONTRACTS, '--json');
	await gotoReady(page, '/import/');
	const budgetCard = await importThrough(page, BUDGET);
	// The sniffed format is shown to the user (and could be overridden).
	await expect(budgetCard.getByLabel('Encodage')).toHaveValue('windows-1252');
	await expect(budgetCard.getByLabel('Séparateur')).toHaveValue(';');
	await expect(budgetCard.getByRole('status')).toContainText('11 ligne(s) importée(s)');
	await importThrough(page, CONTRACTS);
	await expectTotalsMatchTerminal(page);

	await page.reload();
	await expect(
		page.getByRole('heading', { name: 'niger-budget-fr-cp1252.csv', level: 3 })
	).toBeVisible({
		timeout: 45_000
	});
	await expectTotalsMatchTerminal(page);
});

test('title rows typed above the header are named and passed over: the same budget as without them', async ({
	page
}) => {
	const terminal = vigie('summary', BUDGET, '--json');
	await gotoReady(page, '/import/');
	const name = 'niger-budget-fr-titles.csv';
	await page.locator('#file-input').setInputFiles(`${FIXTURES}/${name}`);
	const card = page.getByRole('article', { name });
	await expect(card.locator('[data-titles]')).toContainText(
		'Lignes de titre au-dessus de l’en-tête, ignorées : Loi de finances — Niger'
	);
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toContainText('11 ligne(s) importée(s)', {
		timeout: 45_000
	});
	const budget = JSON.parse(await terminal);
	const set = page.locator('[data-dataset="niger-budget-fr-titles"]');
	for (const [year, stages] of Object.entries<Record<string, number | null>>(budget.by_year))
		await expect(set.getByRole('row', { name: new RegExp(`^${year}`) }).locator('td')).toHaveText(
			['approved', 'revised', 'executed'].map((k) => (stages[k] === null ? '—' : fr(stages[k]!)))
		);
});

test('row errors are listed with row, column and a fix, and rejected rows download with an error column', async ({
	page
}) => {
	const checkRun = vigie('summary', `${FIXTURES}/budget-errors.csv`, '--json');
	await gotoReady(page, '/import/');
	const card = await importThrough(page, `${FIXTURES}/budget-errors.csv`);
	const check = JSON.parse(await checkRun);
	await expect(card.getByRole('status')).toContainText(`${check.rows} ligne(s) importée(s)`);
	const problems = card.getByRole('table', { name: /Problèmes trouvés/ });
	for (const code of [
		'unknown_country',
		'not_a_number',
		'negative_amount',
		'impossible_year',
		'formula_like'
	])
		await expect(problems.locator(`tr[data-code="${code}"]`).first()).toBeVisible();
	const download = page.waitForEvent('download');
	await card.getByRole('button', { name: /Télécharger les lignes rejetées/ }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^error[,;]/);
});

test('removing a dataset takes it out of the list and out of storage', async ({ page }) => {
	await gotoReady(page, '/import/');
	await importThrough(page, CONTRACTS);
	const set = page.locator('[data-dataset="ocds-contracts-utf8-bom"]');
	await expect(set).toBeVisible();
	page.once('dialog', (d) => d.accept());
	await set.getByRole('button', { name: 'Supprimer' }).click();
	await expect(set).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('Aucun jeu de données importé')).toBeVisible({ timeout: 45_000 });
});
