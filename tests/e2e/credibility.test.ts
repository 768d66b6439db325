/**
 * The budget credibility view on the built site: the parliamentarian's journey from the overview
 * to a country and down to the lines behind a bar, shared links, language switch, hostile URLs,
 * and screenshots at desktop and phone widths (saved under screenshots/). Its axe audit, with a
 * drill-down open, is in a11y.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './ready.ts';

const ready = (page: Page) =>
	expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 60_000 });

/** Every value-carrying mark and PEFA cell, in page order: the view's figures in one list. */
async function figures(page: Page): Promise<string[]> {
	const marks = await page
		.locator('[data-mark]')
		.evaluateAll((els) =>
			els.map(
				(e) =>
					`${e.getAttribute('data-mark')}|${e.getAttribute('data-stage') ?? ''}|${e.getAttribute('data-value')}`
			)
		);
	const cells = await page
		.locator('[data-pefa]')
		.evaluateAll((els) => els.map((e) => e.textContent));
	return [...marks, ...cells.map(String)];
}

/** « 38,5 Mds FCFA » → 38.5e9 (the drill table shows one decimal at the value's own scale). */
function parseMoney(text: string): number {
	const m = /(-?[\d\s\u202f\u00a0]+(?:,\d+)?)\s*(Mds|M|k)?/.exec(text.trim())!;
	const n = Number(m[1]!.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
	return n * ({ Mds: 1e9, M: 1e6, k: 1e3 }[m[2] ?? ''] ?? 1);
}

test('overview → Mali profile → credibility for Mali → a bar → the lines that sum to it', async ({
	page
}) => {
	await gotoReady(page, '/');
	await page.locator('main a[href$="/pays/mli/"]').first().click();
	await expect(page).toHaveURL(/\/pays\/mli\/$/);
	await page
		.locator('header.site nav')
		.getByRole('link', { name: 'Crédibilité budgétaire' })
		.click();
	await expect(page).toHaveURL(/\/credibilite\/$/);
	await ready(page);
	await page.getByRole('checkbox', { name: 'Mali' }).check();
	await expect(page).toHaveURL(/country=MLI/);
	await ready(page);
	await expect(page.locator('[data-mark^="NER."]')).toHaveCount(0);
	const bar = page.locator('rect[data-mark="MLI.XOF.2021"][data-stage="executed"]');
	const value = Number(await bar.getAttribute('data-value'));
	await bar.click();
	await expect(page).toHaveURL(/drill=year\.MLI\.XOF\.2021/);
	const drill = page.locator('.cred-drill');
	await expect(drill.locator('tbody tr')).toHaveCount(25);
	// the view's own sum, at full precision, is the bar's value
	expect(Number(await drill.getAttribute('data-sum-executed')) / value).toBeCloseTo(1, 12);
	// and so is the sum of the executed cells the reader sees, within their display rounding
	const header = await drill.locator('thead th').allTextContents();
	const col = header.indexOf('Exécuté');
	const cells = await drill.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents();
	const seen = cells.reduce((s, c) => s + parseMoney(c), 0);
	expect(Math.abs(seen - value)).toBeLessThanOrEqual(25 * 0.05e9);
	await expect(page.getByRole('heading', { name: /Mali 2021/ })).toBeFocused();
});

test('a copied link reopens the same filters, figures and drill-down in a new page', async ({
	page,
	browser
}) => {
	await gotoReady(page, '/credibilite/');
	await ready(page);
	await page.getByRole('checkbox', { name: 'Niger' }).check();
	await expect(page).toHaveURL(/country=NER/);
	await page.getByRole('radio', { name: /Dollars constants/ }).check();
	await expect(page).toHaveURL(/basis=usd/);
	await page.getByRole('combobox', { name: 'Catégorie économique' }).selectOption('capital');
	await expect(page).toHaveURL(/category=capital/);
	await ready(page);
	await page.locator('rect[data-mark="NER.USD.Gendarmerie nationale"]').press('Enter');
	await expect(page.locator('.cred-drill')).toBeVisible();
	const before = await figures(page);
	const sums = await page.locator('.cred-drill').getAttribute('data-sum-executed');
	expect(before.length).toBeGreaterThan(10);

	// Opened where the link is pasted: another browser profile (a context of its own).
	const elsewhere = await browser.newContext({
		locale: 'fr-FR',
		timezoneId: 'UTC',
		serviceWorkers: 'block'
	});
	const other = await elsewhere.newPage();
	await gotoReady(other, page.url());
	await ready(other);
	expect(await figures(other)).toEqual(before);
	await expect(other.locator('.cred-drill')).toHaveAttribute('data-sum-executed', sums!);
	await expect(other.getByRole('checkbox', { name: 'Niger' })).toBeChecked();
	await elsewhere.close();
});

test('switching language keeps the filters and the figures', async ({ page }) => {
	await gotoReady(page, '/credibilite/?country=BFA,TCD&from=2018&to=2022&basis=usd');
	await ready(page);
	const before = await figures(page);
	await page.getByRole('link', { name: /English/i }).click();
	await expect(page).toHaveURL(/\/en\/credibilite\/\?country=BFA,TCD&from=2018&to=2022&basis=usd/);
	await ready(page);
	await expect(page.getByRole('checkbox', { name: 'Chad' })).toBeChecked();
	expect((await figures(page)).filter((f) => f.includes('|'))).toEqual(
		before.filter((f) => f.includes('|'))
	);
});

test('hostile URL parameters are ignored with a notice and the view still works', async ({
	page
}) => {
	await gotoReady(page, "/credibilite/?country=<script>&from=1'--&drill=year.MLI.XOF.2021'--");
	await expect(page.getByRole('alert')).toContainText('country, from, drill');
	await ready(page);
	await expect(page.locator('rect[data-mark^="TCD."]').first()).toBeVisible();
	await expect(page.locator('.cred-drill')).toHaveCount(0);
});

for (const [name, width] of [
	['desktop', 1280],
	['phone', 390]
] as const)
	test(`screenshot of the view at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await gotoReady(page, '/credibilite/?drill=year.NER.XOF.2020');
		await ready(page);
		await expect(page.locator('.cred-drill')).toBeVisible();
		await page.screenshot({ path: `screenshots/credibility-${name}.png`, fullPage: true });
		expect(await page.locator('[data-mark]').count()).toBeGreaterThan(100);
	});
