/**
 * The budget credibility view on the built site: the parliamentarian's journey from the overview
 * to a country and down to the lines behind a bar (they add up to it, checked against the demo
 * CSV read here), a triangulation row's cited sources, shared links, the language switch,
 * hostile and old-style URLs, accessibility with a row's sources open (a11y.test.ts audits the
 * view with a year's lines open), and the review screenshots at desktop and phone widths (saved
 * under screenshots/).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './publish-helpers.ts';
import { gotoReady } from './ready.ts';

// The engine (34 MB) loads in each new page; a shared 2-core machine can take minutes.
test.setTimeout(300_000);

async function openView(page: Page, url: string) {
	await gotoReady(page, url);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
}

/** Every value-carrying mark and PEFA cell, in page order: the view's figures in one list. */
async function figures(page: Page): Promise<string[]> {
	const marks = await page
		.locator('g.mark[data-drill]')
		.evaluateAll((els) =>
			els.map((e) =>
				['data-drill', 'data-stage', 'data-value', 'data-sipri']
					.map((a) => e.getAttribute(a) ?? '')
					.join('|')
			)
		);
	const cells = await page
		.locator('[data-pefa]')
		.evaluateAll((els) =>
			els.map((e) => `${e.getAttribute('data-pefa')}|${e.textContent?.replace(/\s+/g, ' ')}`)
		);
	return [...marks, ...cells];
}

/** Σ of a column of the demo budget lines that pass `keep`, read from the CSV here. */
function demoSum(column: string, keep: (r: Record<string, string>) => boolean): number {
	const [header, ...lines] = readFileSync('data/demo/budget-lines.csv', 'utf8').trim().split('\n');
	const names = header!.split(',');
	return lines
		.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])))
		.filter(keep)
		.reduce((s, r) => s + Number(r[column]), 0);
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
	await openView(page, page.url());
	await page.getByRole('checkbox', { name: 'Mali' }).check();
	await expect(page).toHaveURL(/country=MLI/);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	await expect(page.locator('g.mark[data-drill*=":NER:"]')).toHaveCount(0);
	const bar = page.locator('g.mark[data-drill="year:MLI:XOF:2021"][data-stage="executed"]');
	const value = Number(await bar.getAttribute('data-value'));
	// the bar is the sum of Mali's 2021 executed lines in the demo CSV
	expect(value).toBeCloseTo(
		demoSum('executed', (r) => r.country === 'MLI' && r.year === '2021'),
		0
	);
	await bar.click();
	await expect(page).toHaveURL(/drill=year:MLI:XOF:2021/);
	const drill = page.locator('.cred-drill');
	await expect(drill.locator('tbody tr')).toHaveCount(25);
	// the view's own sum, at full precision, is the bar's value
	expect(Number(await drill.getAttribute('data-sum-executed')) / value).toBeCloseTo(1, 12);
	// and so is the sum of the executed cells the reader sees, within their display rounding
	const header = await drill.locator('thead th').allTextContents();
	const col = header.indexOf('Exécuté');
	const cells = await drill.locator(`tbody tr > :nth-child(${col + 1})`).allTextContents();
	const seen = cells.reduce((s, c) => s + parseMoney(c), 0);
	expect(Math.abs(seen - value)).toBeLessThanOrEqual(25 * 0.05e9);
	await expect(page.getByRole('heading', { name: /Mali 2021/ })).toBeFocused();
	await expect(bar).toHaveAttribute('aria-current', 'true');
});

test('a triangulation row opens every cited figure of its year, disagreements included', async ({
	page
}) => {
	await openView(page, '/credibilite/?country=BFA');
	// Burkina Faso 2016: SIPRI 88 625 000 000 XOF (data/sipri-milex.csv)
	const row = page.locator('g.mark[data-drill="sources:BFA:2016"]');
	await expect(row).toHaveAttribute('data-sipri', '88625000000');
	await expect(row).toHaveAccessibleName(/SIPRI 88,6\sMds\sFCFA/);
	await row.press('Enter');
	await expect(page).toHaveURL(/drill=sources:BFA:2016/);
	const drill = page.locator('section.drill[aria-labelledby="sources-heading"]');
	await expect(page.locator('#sources-heading')).toBeFocused();
	// national-budgets.csv: 12,49 % for 2016 (Kessiya) and about 25 % for 2016–2020
	// (L’Économiste du Faso) disagree: both rows are there, each with its source linked
	await expect(drill.getByRole('row', { name: /voté 12,49\s%/ })).toContainText('Kessiya');
	await expect(drill.getByRole('row', { name: /^2016–2020 / })).toContainText('25,00');
	await expect(drill.getByRole('link', { name: 'Kessiya' }).first()).toHaveAttribute(
		'href',
		'https://kessiya.com/burkina-faso-budget-2024-la-part-allouee-a-la-defense-et-la-securite-enregistre-une-nouvelle-hausse'
	);
	await expect(drill).toContainText('88,6');
});

test('a copied link reopens the same filters, figures and drill-down in a new page', async ({
	page,
	browser
}) => {
	await openView(page, '/credibilite/');
	await page.getByRole('checkbox', { name: 'Niger' }).check();
	await expect(page).toHaveURL(/country=NER/);
	await page.getByRole('radio', { name: /Dollars constants/ }).check();
	await expect(page).toHaveURL(/basis=usd/);
	await page.getByRole('combobox', { name: 'Catégorie économique' }).selectOption('capital');
	await expect(page).toHaveURL(/category=capital/);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	// the gaps by institution are a detail behind their disclosure
	await page.getByText(/Afficher l’écart par institution/).click();
	await page
		.locator('g.mark[data-drill="institution:NER:USD:Gendarmerie nationale"]')
		.press('Enter');
	await expect(page).toHaveURL(
		/drill=institution:NER:USD:Gendarmerie%20nationale|drill=institution:NER:USD:Gendarmerie\+nationale/
	);
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
	await openView(other, page.url());
	await expect(other.locator('.cred-drill')).toHaveAttribute('data-sum-executed', sums!);
	expect(await figures(other)).toEqual(before);
	await expect(other.getByRole('checkbox', { name: 'Niger' })).toBeChecked();
	// the drill opened its disclosure
	await expect(other.locator('#cred-gaps-institution')).toBeVisible();
	await elsewhere.close();
});

test('switching language keeps the filters and the figures', async ({ page }) => {
	await openView(page, '/credibilite/?country=BFA,TCD&from=2018&to=2022&basis=usd');
	const before = await figures(page);
	await page.getByRole('link', { name: /English/i }).click();
	await expect(page).toHaveURL(/\/en\/credibilite\/\?country=BFA,TCD&from=2018&to=2022&basis=usd/);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budget credibility');
	await expect(page.getByRole('checkbox', { name: 'Chad' })).toBeChecked();
	// marks carry the same values; PEFA cells differ only in the decimal separator and words
	const marks = (list: string[]) => list.filter((f) => !f.startsWith('pefa'));
	expect(marks(await figures(page))).toEqual(marks(before));
});

test('hostile and old-style URL parameters are named in a notice and the view still works', async ({
	page
}) => {
	await openView(page, "/credibilite/?country=<script>&from=1'--&drill=year:MLI:XOF:2021'--");
	const notice = page.locator('[data-ignored]');
	await expect(notice).toContainText('country, from, drill');
	await expect(page.locator('g.mark[data-drill^="year:TCD:"]').first()).toBeVisible();
	await expect(page.locator('.cred-drill')).toHaveCount(0);
	// the grammar before the drill codec (dots) is refused, not guessed
	await openView(page, '/credibilite/?drill=year.MLI.XOF.2021');
	await expect(page.locator('[data-ignored]')).toHaveAttribute('data-ignored', 'drill');
	// a valid drill whose mark is not on the page (local-currency bar on the dollar basis) is stale
	await openView(page, '/credibilite/?basis=usd&drill=year:MLI:XOF:2021');
	await expect(page.locator('[data-ignored]')).toHaveAttribute('data-ignored', 'drill');
	await expect(page.locator('.cred-drill')).toHaveCount(0);
});

// a11y.test.ts audits the view with a year's lines open (and the PEFA cells they open); here,
// the other drill-down: a triangulation row's cited sources, in English.
test('/en/credibilite/ with a row’s sources open has no serious or critical axe violation', async ({
	page
}) => {
	await openView(page, '/en/credibilite/?country=MLI&drill=sources:MLI:2022');
	await expect(page.locator('#sources-heading')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

for (const [name, width] of [
	['desktop', 1280],
	['phone', 390]
] as const)
	test(`screenshot of the view at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openView(page, '/credibilite/?drill=year:NER:XOF:2020');
		await expect(page.locator('.cred-drill')).toBeVisible();
		await page.screenshot({ path: `screenshots/credibility-${name}.png`, fullPage: true });
		// 5 panels × 9 years × 3 stages, 2 × 25 gap rows, 20 triangulation rows (BFA 9, MLI 8,
		// MRT, NER and TCD 1 each: national-budgets.csv's single-year figures, drafts left out)
		expect(await page.locator('g.mark[data-drill]').count()).toBe(135 + 50 + 20);
	});
