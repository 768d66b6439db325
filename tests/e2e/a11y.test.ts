/**
 * Automated accessibility audit (axe-core, WCAG 2.1 A/AA rules) of every route in both
 * languages, and of the import page with a file's card and a stored dataset on it: zero serious
 * or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ROUTES = ['/', '/import/', '/indicateurs/', '/methodologie/'];

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['', '/en'])
	for (const route of ROUTES)
		test(`${lang}${route} has no serious or critical axe violation`, async ({ page }) => {
			await page.goto(`${lang}${route}`);
			// Audit the page as the user sees it once the engine state settled.
			await expect(page.locator('[data-phase="loading"]')).toHaveCount(0, { timeout: 60_000 });
			expect(await seriousViolations(page)).toEqual([]);
		});

test('/import/ with a file card, its problems and a stored dataset has no serious violation', async ({
	page
}) => {
	await page.goto('/import/');
	await page
		.locator('#file-input[data-ready]')
		.setInputFiles('src/lib/ingest/fixtures/budget-errors.csv');
	const card = page.getByRole('article', { name: 'budget-errors.csv' }).first();
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toContainText('importée', { timeout: 45_000 });
	await expect(page.locator('[data-dataset="budget-errors"] table')).toBeVisible();
	await card.getByText('Aperçu des premières lignes').click();
	expect(await seriousViolations(page)).toEqual([]);
});
