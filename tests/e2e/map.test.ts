/**
 * The Sahel map on the overview: prerendered with values read straight from the shipped SIPRI
 * file, recoloured from the URL state, each country a keyboard-reachable link to its profile.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { vigie } from './cli.ts';
import { gotoReady } from './ready.ts';

const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];

/** Latest share of GDP per country, read from data/sipri-milex.csv without the app's code. */
function latestShareOfGdp(): Map<string, { year: number; value: number }> {
	const latest = new Map<string, { year: number; value: number }>();
	for (const line of readFileSync('data/sipri-milex.csv', 'utf8').trim().split('\n').slice(1)) {
		const [country, year, series, value] = line.split(',');
		if (series !== 'share_gdp' || !value || !country) continue;
		const prev = latest.get(country);
		if (!prev || Number(year) > prev.year)
			latest.set(country, { year: Number(year), value: Number(value) });
	}
	return latest;
}

test('the map is in the HTML: five country links whose values are SIPRI’s latest share of GDP', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const figure = page.getByRole('figure', { name: /Part du PIB/ });
	const links = figure.locator('svg a[data-country]');
	await expect(links).toHaveCount(5);
	const expected = latestShareOfGdp();
	for (const iso3 of G5) {
		const link = figure.locator(`svg a[data-country="${iso3}"]`);
		const value = Number(await link.getAttribute('data-value'));
		expect(value, iso3).toBeCloseTo(expected.get(iso3)!.value, 12);
		await expect(link).toHaveAttribute('href', `/pays/${iso3.toLowerCase()}/`);
	}
	// The name of a link says the value in words: Mali 2024 = 4,20 % of GDP.
	await expect(figure.locator('svg a[data-country="MLI"]')).toHaveAttribute(
		'aria-label',
		/^Mali : 4,20\u202f% \(2024\) — ouvrir le profil$/
	);
	await context.close();
});

test('colour by growth: the URL carries it and the values equal `vigie growth`', async ({
	page
}) => {
	const growthRun = vigie('growth', '--from', '2010', '--to', '2020', '--json');
	await gotoReady(page, '/?gfrom=2010&gto=2020');
	const cli = JSON.parse(await growthRun) as { by_country: Record<string, number | null> };
	await page.getByLabel('Colorer la carte selon').selectOption('growth');
	await expect(page).toHaveURL(/map=growth/);
	const figure = page.getByRole('figure', { name: /Croissance réelle 2010–2020/ });
	for (const iso3 of G5) {
		const link = figure.locator(`svg a[data-country="${iso3}"]`);
		const want = cli.by_country[iso3];
		if (want === null) await expect(link).toHaveAttribute('data-value', '');
		else
			await expect
				.poll(async () => Number(await link.getAttribute('data-value')), { timeout: 60_000 })
				.toBeCloseTo(want!, 9);
	}
	// A pasted link reopens the same map.
	const again = await page.context().newPage();
	await gotoReady(again, page.url());
	await expect(again.getByLabel('Colorer la carte selon')).toHaveValue('growth');
});

test('keyboard: Tab reaches each country on the map and Enter opens its profile', async ({
	page
}) => {
	await gotoReady(page, '/');
	const mali = page.locator('svg a[data-country="MLI"]');
	await mali.focus();
	await expect(mali).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('svg a[data-country="MRT"]')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/pays\/mli\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Mali');
});
