/**
 * No lost work: a tab closed mid-import, the engine's worker dying, a full storage quota and two
 * tabs importing at once each leave the datasets saved before intact (listed, same totals as
 * `vigie summary` computes in the terminal, same IndexedDB keys), never a half-saved one, and
 * the page says what happened and how to go on. A file picked or dropped before the page is
 * interactive (slow link) is imported once it is.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vigie } from './cli.ts';
import { gotoReady } from './ready.ts';

const FIXTURES = 'src/lib/ingest/fixtures';
const BUDGET = `${FIXTURES}/niger-budget-fr-cp1252.csv`;
const CONTRACTS = `${FIXTURES}/ocds-contracts-utf8-bom.csv`;
const BUDGET_ID = 'niger-budget-fr-cp1252';
const CONTRACTS_ID = 'ocds-contracts-utf8-bom';
// Imports of a large file, reloads and replays: slow on a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 });

const fr = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);
let budgetSummary: { by_year: Record<string, Record<string, number | null>> };
let contractsTotal: number;
let bigFile: string;

test.beforeAll(async () => {
	[budgetSummary, contractsTotal] = await Promise.all([
		vigie('summary', BUDGET, '--json').then(JSON.parse),
		vigie('summary', CONTRACTS, '--json').then((out) => JSON.parse(out).total)
	]);
	bigFile = join(mkdtempSync(join(tmpdir(), 'vigie-e2e-')), 'marches-2015-2024.csv');
	writeFileSync(bigFile, bigContracts(260_000));
});
test.afterAll(() => rmSync(dirname(bigFile), { recursive: true, force: true }));

/** An OCDS-style contracts file of `rows` rows (about 170 bytes each: ~44 MB for 260,000). */
function bigContracts(rows: number): string {
	const header =
		'ocid,buyer/name,tender/title,tender/procurementMethod,tender/procurementMethodDetails,awards/0/suppliers/0/name,awards/0/value/amount,awards/0/value/currency,awards/0/date,tender/numberOfTenderers';
	const methods = ['open', 'selective', 'limited', 'direct'];
	const lines = [header];
	for (let i = 0; i < rows; i++) {
		const year = 2015 + (i % 10);
		const month = String(1 + (i % 12)).padStart(2, '0');
		lines.push(
			`ocds-ne-${year}-${String(i).padStart(7, '0')},Ministère de la Défense nationale,Fourniture de rations lot ${i},${methods[i % 4]},Procédure ${i % 7},"SAHEL LOGISTIQUE ${i % 97}, SARL",${1_000_000 + i * 37},XOF,${year}-${month}-15T00:00:00Z,${1 + (i % 6)}`
		);
	}
	return lines.join('\n') + '\n';
}

async function chooseAndImport(page: Page, path: string) {
	await page.locator('#file-input').setInputFiles(path);
	const card = page.getByRole('article', { name: path.split('/').pop()! });
	await card.getByRole('button', { name: 'Importer' }).click();
	return card;
}

async function importSaved(page: Page, path: string, id: string) {
	const card = await chooseAndImport(page, path);
	await expect(card.getByRole('status')).toContainText('importée', { timeout: 60_000 });
	await expect(page.locator(`[data-dataset="${id}"]`)).toBeVisible();
	return card;
}

/** The budget's totals by year and stage, as the terminal computes them. */
async function expectBudgetIntact(page: Page) {
	const set = page.locator(`[data-dataset="${BUDGET_ID}"]`);
	await expect(set.getByRole('heading', { name: `${BUDGET_ID}.csv` })).toBeVisible({
		timeout: 60_000
	});
	for (const [year, stages] of Object.entries(budgetSummary.by_year)) {
		const cells = set.getByRole('row', { name: new RegExp(`^${year}`) }).locator('td');
		await expect(cells).toHaveText(
			['approved', 'revised', 'executed'].map((s) => (stages[s] === null ? '—' : fr(stages[s]!)))
		);
	}
}

/** Keys of both IndexedDB stores: a record never exists without its bytes, or the reverse. */
async function storedIds(page: Page): Promise<{ datasets: string[]; files: string[] }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('vigie');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['datasets', 'files']);
					const datasets = tx.objectStore('datasets').getAllKeys();
					const files = tx.objectStore('files').getAllKeys();
					tx.oncomplete = () => {
						db.close();
						resolve({
							datasets: datasets.result.map(String).sort(),
							files: files.result.map(String).sort()
						});
					};
				};
			})
	);
}

async function waitMidImport(card: ReturnType<Page['getByRole']>) {
	// The large file is being read into the engine or checked: well past the start, not saved.
	await expect(card.locator('progress')).toBeVisible({ timeout: 30_000 });
	await expect(card.locator('label[for$="-progress"]')).toHaveText(
		/Chargement dans le moteur|Vérification/,
		{
			timeout: 60_000
		}
	);
}

test('a tab closed mid-import leaves the saved dataset intact and the next page explains it', async ({
	context
}) => {
	const page = await context.newPage();
	await gotoReady(page, '/import/');
	await importSaved(page, BUDGET, BUDGET_ID);
	const card = await chooseAndImport(page, bigFile);
	await waitMidImport(card);
	await page.close();

	const next = await context.newPage();
	await gotoReady(next, '/import/');
	await expectBudgetIntact(next);
	await expect(next.locator('[data-dataset]')).toHaveCount(1);
	await expect(next.locator('[data-interrupted]')).toHaveText(
		/L’import de « marches-2015-2024\.csv » n’a pas abouti \(onglet fermé.*rien n’en a été enregistré/
	);
	expect(await storedIds(next)).toEqual({ datasets: [BUDGET_ID], files: [BUDGET_ID] });
	// Said once: the next load has nothing more to explain.
	await next.reload();
	await expectBudgetIntact(next);
	await expect(next.locator('[data-interrupted]')).toHaveCount(0);
});

test('a worker crash mid-import is explained, and Retry restarts the engine with the saved datasets', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('vigie:test-hooks', '1'));
	await gotoReady(page, '/import/');
	await importSaved(page, BUDGET, BUDGET_ID);
	const card = await chooseAndImport(page, bigFile);
	await waitMidImport(card);
	await page.evaluate(() => window.__vigieTest!.crashEngine());

	await expect(card.getByRole('alert')).toHaveText(
		'Le moteur d’analyse s’est arrêté pendant l’import de « marches-2015-2024.csv » : rien de ce fichier n’a été enregistré, et vos jeux de données enregistrés sont intacts. Cliquez sur « Réessayer » en haut de la page, puis importez de nouveau.'
	);
	const status = page.locator('p.engine');
	await expect(status).toHaveAttribute('data-phase', 'crashed');
	await expect(status).toContainText('Le moteur d’analyse s’est arrêté');
	await status.getByRole('button', { name: 'Réessayer' }).click();
	await expect(status).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
	// The fresh engine holds the saved budget again (the totals are queried from it).
	await expectBudgetIntact(page);
	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	// And it works: the contracts file imports and is saved next to the budget.
	await importSaved(page, CONTRACTS, CONTRACTS_ID);
	expect(await storedIds(page)).toEqual({
		datasets: [BUDGET_ID, CONTRACTS_ID],
		files: [BUDGET_ID, CONTRACTS_ID]
	});
});

test('a full storage quota refuses the import with a specific message, and a retry after freeing space saves it', async ({
	page
}) => {
	// As Chromium does when the quota is used up: the write succeeds, the commit aborts.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
			const request = put.apply(this, args);
			if (this.name === 'files' && localStorage.getItem('vigie:test-quota-full') === '1') {
				const tx = this.transaction;
				request.addEventListener('success', () => {
					const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					Object.defineProperty(tx, 'error', { value: error });
					tx.abort();
				});
			}
			return request;
		} as typeof put;
	});
	await gotoReady(page, '/import/');
	await importSaved(page, BUDGET, BUDGET_ID);
	await page.evaluate(() => localStorage.setItem('vigie:test-quota-full', '1'));

	const card = await chooseAndImport(page, CONTRACTS);
	await expect(card.getByRole('alert')).toHaveText(
		/^Plus de place pour enregistrer « ocds-contracts-utf8-bom\.csv » dans ce navigateur \(quota de stockage atteint\) : il n’a pas été ajouté.*Pour libérer de la place, supprimez ci-dessous/,
		{ timeout: 60_000 }
	);
	await expect(card.getByRole('status')).toHaveCount(0); // no "imported" line
	await expect(page.locator('[data-dataset]')).toHaveCount(1);
	await expectBudgetIntact(page);
	expect(await storedIds(page)).toEqual({ datasets: [BUDGET_ID], files: [BUDGET_ID] });

	// Space freed: the same card's Import button saves it.
	await page.evaluate(() => localStorage.removeItem('vigie:test-quota-full'));
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toContainText('importée', { timeout: 60_000 });
	await page.reload();
	await expectBudgetIntact(page);
	await expect(page.locator(`[data-dataset="${CONTRACTS_ID}"] [data-total]`)).toHaveAttribute(
		'data-total',
		String(contractsTotal)
	);
});

test('two tabs importing at once both keep their dataset', async ({ context }) => {
	const [first, second] = [await context.newPage(), await context.newPage()];
	await Promise.all([gotoReady(first, '/import/'), gotoReady(second, '/import/')]);
	await Promise.all([
		first.locator('#file-input').setInputFiles(BUDGET),
		second.locator('#file-input').setInputFiles(CONTRACTS)
	]);
	const cards = [
		first.getByRole('article', { name: `${BUDGET_ID}.csv` }),
		second.getByRole('article', { name: `${CONTRACTS_ID}.csv` })
	];
	await Promise.all(cards.map((c) => c.getByRole('button', { name: 'Importer' }).click()));
	for (const card of cards)
		await expect(card.getByRole('status')).toContainText('importée', { timeout: 60_000 });

	for (const page of [first, second]) {
		await page.reload();
		await expectBudgetIntact(page);
		await expect(page.locator(`[data-dataset="${CONTRACTS_ID}"] [data-total]`)).toHaveAttribute(
			'data-total',
			String(contractsTotal),
			{ timeout: 60_000 }
		);
	}
	expect(await storedIds(first)).toEqual({
		datasets: [BUDGET_ID, CONTRACTS_ID],
		files: [BUDGET_ID, CONTRACTS_ID]
	});
});

test('on a slow link, a file picked and one dropped before the page is interactive each reach a card', async ({
	page
}) => {
	// The app's JavaScript held back, as on a slow link: the prerendered page is shown, with its
	// file input enabled, and nothing of the app runs until the gate opens.
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await gate;
		await route.continue();
	});
	const refused: string[] = [];
	page.on('console', (m) => /Content Security Policy/.test(m.text()) && refused.push(m.text()));
	await page.goto('/import/', { waitUntil: 'domcontentloaded' });
	const hydrated = page.locator('html[data-hydrated]');

	await page.locator('#file-input').setInputFiles(BUDGET);
	const xlsx = 'src/lib/ingest/fixtures/niger-budget-fr.xlsx';
	const dataTransfer = await page.evaluateHandle(
		({ name, bytes }) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(bytes)], name));
			return transfer;
		},
		{ name: 'niger-budget-fr.xlsx', bytes: [...readFileSync(xlsx)] }
	);
	await page.dispatchEvent('#file-drop', 'drop', { dataTransfer });
	// Still the prerendered page (a drop did not open the file in the tab), which says it got both.
	await expect(hydrated).toHaveCount(0);
	expect(new URL(page.url()).pathname).toBe('/import/');
	await expect(page.locator('#file-drop-early')).toHaveText(
		'Fichier reçu : il s’ouvrira dès que la page aura fini de charger. Inutile de le choisir à nouveau.'
	);
	await expect(page.getByRole('article')).toHaveCount(0);

	release();
	await expect(hydrated).toHaveCount(1, { timeout: 60_000 });
	for (const name of [`${BUDGET_ID}.csv`, 'niger-budget-fr.xlsx']) {
		const card = page.getByRole('article', { name });
		await card.getByRole('button', { name: 'Importer' }).click({ timeout: 45_000 });
		await expect(card.getByRole('status')).toContainText('11 ligne(s) importée(s)', {
			timeout: 60_000
		});
	}
	// Each once: two cards, two datasets, and the notice is gone.
	await expect(page.locator('article.card')).toHaveCount(2);
	await expect(page.locator('[data-dataset]')).toHaveCount(2);
	await expect(page.locator('#file-drop-early')).toHaveText('');
	expect(refused).toEqual([]);
});
