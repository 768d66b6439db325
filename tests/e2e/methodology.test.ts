import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Every indicator folder declares its id in indicator.ts: the page must document each one.
const root = join(process.cwd(), 'src', 'lib', 'indicators');
const ids = readdirSync(root)
	.filter((dir) => existsSync(join(root, dir, 'indicator.ts')))
	.map(
		(dir) => /id: '([a-z0-9-]+)'/.exec(readFileSync(join(root, dir, 'indicator.ts'), 'utf8'))?.[1]
	)
	.filter((id): id is string => Boolean(id));

for (const [path, formula, source] of [
	['/methodologie/', 'Formule.', 'Source'],
	['/en/methodologie/', 'Formula.', 'Source']
] as const) {
	test(`${path} documents every registered indicator with its formula and source`, async ({
		page
	}) => {
		await page.goto(path);
		expect(ids.length).toBeGreaterThanOrEqual(15);
		for (const id of ids) {
			const article = page.locator(`article[id="${id}"]`);
			await expect(article, id).toHaveCount(1);
			await expect(article.getByRole('heading', { level: 3 }), id).toHaveCount(1);
			await expect(article.locator('dt', { hasText: source }), id).toHaveCount(1);
			await expect(article.locator('code', { hasText: id })).toHaveCount(1);
		}
		await expect(page.locator('strong', { hasText: formula }).first()).toBeVisible();
		await expect(page.getByText(/PEFA/).first()).toBeVisible();
	});
}

test('the PEFA-style PI-1 card lists its A band as 95–105 %', async ({ page }) => {
	await page.goto('/methodologie/#pefa-pi1-aggregate-outturn');
	const card = page.locator('article[id="pefa-pi1-aggregate-outturn"]');
	await expect(card.getByRole('listitem').first()).toHaveText(
		'A\u00a0: ≥ 95,0\u202f% et ≤ 105,0\u202f%'
	);
});
