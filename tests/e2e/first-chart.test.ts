/**
 * The first chart is in the HTML itself: with JavaScript disabled (no Svelte, no engine), the
 * page still shows the trend chart drawn at build time and its data table.
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const NBSP = '\u00a0';
const COUNTRIES = ['Burkina Faso', 'Mali', 'Mauritanie', 'Niger', 'Tchad'];

test('with JavaScript off, / shows the prerendered chart: five lines and the data table', async ({
	page
}) => {
	await page.goto('/');
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	await expect(figure).toBeVisible();
	await expect(page.locator('[data-engine="prerendered"]')).toHaveCount(1);
	const svg = figure.locator('svg[role="img"]');
	await expect(svg).toBeVisible();
	const lines = svg.locator('g.line');
	await expect(lines).toHaveCount(5);
	for (const [i, country] of COUNTRIES.entries()) {
		await expect(lines.nth(i)).toHaveAttribute('aria-label', country);
		// A drawn line through many years: M x,y then 10+ segments (M again after a missing year).
		await expect(lines.nth(i).locator('path')).toHaveAttribute('d', /^M[\d.,]+([LM][\d.,]+){10,}$/);
	}
	// the values table (the events it marks have their own table, after it)
	const table = figure.locator('table', {
		has: page.locator('caption', {
			hasText: 'Dépenses militaires en dollars constants de 2023 (M$ US)'
		})
	});
	await expect(table.locator('thead th')).toHaveText(['Année', ...COUNTRIES], {
		useInnerText: false
	});
	// SIPRI's G5 series starts in 1960 and ends in 2024: 65 years, one row each.
	await expect(table.locator('tbody tr')).toHaveCount(2024 - 1960 + 1);
	// Burkina Faso 2019 in constant 2023 US$ m, as in SIPRI's sheet (also checked in trends.test).
	const row2019 = table.locator('tbody tr', { has: page.locator('th', { hasText: /^2019$/ }) });
	await expect(row2019.locator('td').first()).toHaveText(`420,4${NBSP}M$ US`, {
		useInnerText: false
	});
	// the coups and transitions are marked, and listed in words, without any script
	await expect(svg.locator('g.event')).toHaveCount(7);
	await expect(figure.locator('.events li')).toHaveCount(7);
});

test('with JavaScript off, /en/ shows the same chart in English', async ({ page }) => {
	await page.goto('/en/');
	const figure = page.getByRole('figure', { name: /constant 2023/ });
	await expect(figure.locator('svg[role="img"] g.line path')).toHaveCount(5);
	await expect(figure.locator('table').first().locator('tbody tr')).toHaveCount(2024 - 1960 + 1);
});
