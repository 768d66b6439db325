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

for (const [path, formula, source, counted] of [
	['/methodologie/', 'Formule.', 'Source', ['Numérateur', 'Dénominateur', 'Exclusions']],
	['/en/methodologie/', 'Formula.', 'Source', ['Numerator', 'Denominator', 'Exclusions']]
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
			// what is counted, set apart: numerator, denominator, exclusions, each with its text
			const box = article.locator('.counted dt');
			await expect(box, id).toHaveText([...counted]);
			for (const dd of await article.locator('.counted dd').all())
				expect((await dd.innerText()).length, id).toBeGreaterThan(40);
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

test('competitive share counts the defence-secret regime in its denominator, in both languages', async ({
	page
}) => {
	await page.goto('/methodologie/#competitive-share');
	const fr = page.locator('article[id="competitive-share"] .counted');
	await expect(fr.locator('dd').nth(1)).toContainText('régime dérogatoire / secret défense');
	await expect(page.locator('article[id="competitive-share"]')).toContainText(
		'Différences avec la source'
	);
	await page.goto('/en/methodologie/#competitive-share');
	const en = page.locator('article[id="competitive-share"] .counted');
	await expect(en.locator('dd').nth(1)).toContainText('derogatory / defence-secret regime');
});

for (const [path, construction, threshold] of [
	['/methodologie/', 'Construction.', '5 %'],
	['/en/methodologie/', 'Construction.', '5%']
] as const)
	test(`${path} documents each published series and how the accountability matrix is built`, async ({
		page
	}) => {
		await page.goto(path);
		for (const id of ['pefa', 'obs', 'gdi', 'budgets', 'events', 'matrix']) {
			const article = page.locator(`article[id="series-${id}"]`);
			await expect(article.getByRole('heading', { level: 3 }), id).toHaveCount(1);
			expect((await article.innerText()).length, id).toBeGreaterThan(400);
			await expect(page.locator(`nav a[href="#series-${id}"]`), id).toHaveCount(1);
		}
		const matrix = page.locator('article[id="series-matrix"]');
		await expect(matrix.getByText(construction)).toBeVisible();
		// The cut-offs the code uses (src/lib/governance/matrix/levels.ts) are on the page.
		await expect(matrix).toContainText(threshold);
		await expect(matrix).toContainText('SIPRI');
	});
