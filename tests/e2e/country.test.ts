import { expect, test } from '@playwright/test';
import { gotoReady } from './ready.ts';
import { vigie } from './cli.ts';

test('each country profile is prerendered with its key figures, and links to the others', async ({
	request
}) => {
	for (const iso3 of ['bfa', 'mli', 'mrt', 'ner', 'tcd']) {
		const html = await (await request.get(`/pays/${iso3}/`)).text();
		expect(html, iso3).toMatch(/<svg[^>]*role="img"/);
		expect(html, iso3).toContain('Chiffres clés');
	}
});

test('the Mali profile shows its 2005→2024 growth as the terminal computes it, and the highlighted line', async ({
	page
}) => {
	const growthRun = vigie('growth', '--from', '2005', '--to', '2024', '--json');
	await gotoReady(page, '/pays/mli/');
	const cli = JSON.parse(await growthRun);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mali');
	const growth = page
		.locator('.figure', { hasText: 'Croissance réelle 2005–2024' })
		.locator('dd')
		.first();
	const percent = (cli.by_country.MLI * 100).toFixed(1).replace('.', ',');
	await expect(growth).toHaveText(`+${percent}\u202f%`);
	// Four faint context lines and the highlighted country.
	const chart = page.getByRole('figure', { name: /dollars constants de 2023/ });
	await expect(chart.locator('g.line[opacity="0.25"]')).toHaveCount(4);
	await expect(chart.locator('g.line[opacity="1"]')).toHaveAttribute('aria-label', 'Mali');
	await page.getByRole('link', { name: 'Niger' }).last().click();
	await expect(page).toHaveURL(/\/pays\/ner\/$/);
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
});
