/**
 * The secrecy and oversight page as the foundation of every topic view: prerendered (its charts,
 * key findings and tables are in the HTML, JavaScript or not), read top-down (at most 4,500 px
 * at 1280 px, nothing overflowing at 390 or 1280 px), its key findings on the first screen with
 * the same numbers as `vigie indicators`, and the prerendered view replaced by the user's own
 * data when the workspace holds some. Takes the no-JavaScript review screenshots.
 */
import { expect, test, type Page } from '@playwright/test';
import { vigie } from './cli.ts';
import { gotoReady, importFiles } from './ready.ts';

const SHOTS = 'screenshots';
test.setTimeout(240_000);

type CliRow = {
	id: string;
	country: string;
	year: number;
	measure?: string;
	value: number | null;
};

/** Page height and how far the page is wider than the viewport (0: no horizontal overflow). */
const measure = (page: Page) =>
	page.evaluate(() => ({
		height: document.documentElement.scrollHeight,
		overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth
	}));

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	for (const [path, heading, finding] of [
		['/controle/', 'Secret et contrôle', 'Au Mali, 50,7\u202f% de la valeur des marchés'],
		['/en/controle/', 'Secrecy and oversight', 'In Mali, 50.7% of the value of contracts']
	] as const)
		test(`${path} shows its findings, charts and data tables from the HTML alone`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator('[data-finding]')).toHaveCount(5);
			await expect(page.locator('[data-finding="oversight-derogation"]')).toContainText(finding);
			// three share charts, their 3 × 45 bars, each with a data table behind its disclosure
			await expect(page.locator('figure.chart svg[role="group"]')).toHaveCount(3);
			await expect(page.locator('g.mark[data-drill]')).toHaveCount(135);
			await expect(page.locator('figure.chart details.data table')).toHaveCount(3);
			await page.locator('figure.chart details.data summary').first().click();
			await expect(page.locator('figure.chart table').first()).toBeVisible();
			await expect(
				page.locator('figure.chart table').first().locator('th[scope="rowgroup"]')
			).toHaveCount(5);
			// the filters it was computed with are shown, but not offered as controls that do nothing
			await expect(page.getByRole('checkbox', { name: 'Mali' })).toBeDisabled();
			await expect(page.locator('[data-view-state="ready"]')).toHaveCount(1);
			await page.screenshot({
				path: `${SHOTS}/oversight-${path.startsWith('/en') ? 'en' : 'fr'}-nojs-desktop.png`,
				fullPage: true
			});
		});

	test('/controle/ without JavaScript on a phone: nothing overflows', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/controle/');
		expect((await measure(page)).overflow).toBe(0);
		await page.screenshot({ path: `${SHOTS}/oversight-fr-nojs-phone.png`, fullPage: true });
	});
});

test('the page reads top-down: ≤ 4,500 px at 1280 px, no horizontal overflow at 1280 or 390 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/controle/');
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible();
	const desktop = await measure(page);
	console.log(`/controle/ at 1280 px: ${desktop.height} px tall`);
	expect(desktop.height).toBeLessThanOrEqual(4500);
	expect(desktop.overflow).toBe(0);
	await page.setViewportSize({ width: 390, height: 844 });
	// the charts redraw for the narrower column (one panel per row)
	await expect
		.poll(async () => Number(await page.locator('figure.chart svg').first().getAttribute('width')))
		.toBeLessThan(400);
	const phone = await measure(page);
	console.log(`/controle/ at 390 px: ${phone.height} px tall`);
	expect(phone.overflow).toBe(0);
	// with the widest content open too: the publication grid scrolls inside its own region
	await page.getByText('Afficher la grille par document').click();
	await expect(page.locator('.pub-grid table')).toBeVisible();
	expect((await measure(page)).overflow).toBe(0);
});

test('the key findings are on the first screen, with the numbers of `vigie indicators`', async ({
	page
}) => {
	const cli: CliRow[] = JSON.parse(
		await vigie('indicators', '--with-default', '--with-demo', '--json')
	).results;
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/controle/');
	const findings = page.locator('[data-finding]');
	await expect(findings).toHaveCount(5);
	// every finding's sentence lies within the first 900 px
	for (const box of await findings.evaluateAll((els) =>
		els.map((e) => e.querySelector('.sentence')!.getBoundingClientRect().bottom)
	))
		expect(box).toBeLessThanOrEqual(900);
	// The derogation finding: the latest year's largest share, as the CLI computes it.
	const derogation = cli.filter(
		(r) => r.id === 'derogation-share' && r.measure === 'value' && r.value !== null
	);
	const latest = Math.max(...derogation.map((r) => r.year));
	const top = derogation.filter((r) => r.year === latest).sort((a, b) => b.value! - a.value!)[0]!;
	const finding = page.locator('[data-finding="oversight-derogation"]');
	expect(Number(await finding.getAttribute('data-value'))).toBe(top.value);
	// fr-FR, one decimal, narrow no-break space before %: 0.506692018251 → « 50,7 % »
	const percent = `${(top.value! * 100).toFixed(1).replace('.', ',')}\u202f%`;
	await expect(finding).toContainText(`${percent} de la valeur des marchés attribués en ${latest}`);
	await expect(finding).toContainText('(données fictives de démonstration)');
	// its link leads to the chart that shows it
	await finding.getByRole('link').click();
	await expect(page).toHaveURL(/#oversight-derogation$/);
	await expect(page.locator('#oversight-derogation')).toBeInViewport();
});

test('with the user’s contracts stored, the prerendered view is recomputed on them', async ({
	page
}) => {
	// Two Mauritanian contracts of 2023 (open and direct); a contract whose method is stated and
	// not derogatory counts as not derogatory (src/lib/ingest/check/derived-sql.ts), so 0 of 2.
	await importFiles(page, ['src/lib/ingest/fixtures/contracts-en.tsv']);
	await gotoReady(page, '/controle/');
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	// the demonstration notice no longer lists contracts, budget and oversight stay demo
	await expect(page.locator('p[role="note"][data-demo]')).toHaveAttribute(
		'data-demo',
		'budget oversight'
	);
	// the derogation chart shows the one imported country-year: 0 %
	await expect(page.locator('g.mark[data-drill^="derogation:"]')).toHaveCount(1);
	await expect(page.locator('[data-drill="derogation:MRT:2023"]')).toHaveAttribute(
		'data-value',
		'0'
	);
	// its finding is now the user's, without the demo words; the others stay demo and say so
	const derogation = page.locator('[data-finding="oversight-derogation"]');
	await expect(derogation).toHaveAttribute('data-demo', 'false');
	await expect(derogation).toContainText(
		'En Mauritanie, 0,0\u202f% de la valeur des marchés attribués en 2023'
	);
	await expect(derogation).not.toContainText('fictives');
	await expect(page.locator('[data-finding="oversight-classified"]')).toHaveAttribute(
		'data-demo',
		'true'
	);
});

// The budget credibility view: real data first (official PEFA scores, finance laws beside SIPRI,
// BOOST), the demonstration budget lines last.
test.describe('/credibilite/', () => {
	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		for (const [path, heading, finding, source] of [
			[
				'/credibilite/',
				'Crédibilité budgétaire',
				'Au Burkina Faso, selon la loi de finances 2025, la défense et la sécurité représentent 27,8\u202f% du budget de l’État.',
				'Source : PEFA Secretariat (pefa.org), évaluations PEFA au cadre 2016'
			],
			[
				'/en/credibilite/',
				'Budget credibility',
				'In Burkina Faso, under the 2025 finance law, defence and security take 27.8% of the state budget.',
				'Source: PEFA Secretariat (pefa.org), PEFA assessments on the 2016 framework'
			]
		] as const)
			test(`${path} shows its findings, real figures first and its charts from the HTML alone`, async ({
				page
			}) => {
				await page.setViewportSize({ width: 1280, height: 900 });
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await expect(page.locator('[data-finding]')).toHaveCount(5);
				// national-budgets.csv: BFA 2025 voted, defence and security, 27,76 % (APA News)
				await expect(page.locator('[data-finding="cred-state-share"]')).toContainText(finding);
				// the first figure is real data, its source (publisher, link) in its caption
				const first = page.locator('.results figure').first();
				await expect(first).toHaveAttribute('id', 'cred-pefa-official');
				await expect(first.locator('figcaption')).toContainText(source);
				await expect(first.locator('figcaption a')).toHaveAttribute(
					'href',
					/^https:\/\/github\.com\/WB-PIDA-Data-Science-Shop\/cliaretl\//
				);
				// Mali's 2021 assessment: PI-1 C, PI-2 D+ (governance-scores.csv)
				await expect(first.getByRole('row', { name: /^Mali 2021 C D\+/ })).toBeVisible();
				// the charts and their marks: 20 triangulation rows, 135 stage bars, 2 × 25 gap rows
				await expect(page.locator('g.mark[data-drill^="sources:"]')).toHaveCount(20);
				await expect(page.locator('g.mark[data-drill^="year:"]')).toHaveCount(135);
				await expect(page.locator('g.mark[data-drill^="category:"]')).toHaveCount(25);
				await expect(page.locator('figure.chart details.data table')).toHaveCount(6);
				await expect(page.locator('[data-view-state="ready"]')).toHaveCount(1);
				await page.screenshot({
					path: `${SHOTS}/credibility-${path.startsWith('/en') ? 'en' : 'fr'}-nojs-desktop.png`,
					fullPage: true
				});
			});

		test('without JavaScript on a phone: nothing overflows', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto('/credibilite/');
			expect((await measure(page)).overflow).toBe(0);
			await page.screenshot({ path: `${SHOTS}/credibility-fr-nojs-phone.png`, fullPage: true });
		});
	});

	test('the page reads top-down: ≤ 4,500 px at 1280 px, no horizontal overflow at 1280 or 390 px', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await gotoReady(page, '/credibilite/');
		await expect(page.locator('[data-view-state="ready"]')).toBeVisible();
		const desktop = await measure(page);
		console.log(`/credibilite/ at 1280 px: ${desktop.height} px tall`);
		expect(desktop.height).toBeLessThanOrEqual(4500);
		expect(desktop.overflow).toBe(0);
		await page.setViewportSize({ width: 390, height: 844 });
		await expect
			.poll(async () =>
				Number(await page.locator('figure.chart svg').first().getAttribute('width'))
			)
			.toBeLessThan(400);
		const phone = await measure(page);
		console.log(`/credibilite/ at 390 px: ${phone.height} px tall`);
		expect(phone.overflow).toBe(0);
		// with the details open too: the tables scroll inside their own regions
		for (const summary of await page.locator('.results details:not(.data) > summary').all())
			await summary.click();
		await expect(page.locator('#cred-gaps-institution')).toBeVisible();
		expect((await measure(page)).overflow).toBe(0);
	});

	test('the key findings are on the first screen, with the numbers of `vigie indicators`', async ({
		page
	}) => {
		const cli: CliRow[] = JSON.parse(
			await vigie('indicators', '--with-default', '--with-demo', '--json')
		).results;
		await page.setViewportSize({ width: 1280, height: 900 });
		await gotoReady(page, '/credibilite/');
		const findings = page.locator('[data-finding]');
		await expect(findings).toHaveCount(5);
		for (const box of await findings.evaluateAll((els) =>
			els.map((e) => e.querySelector('.sentence')!.getBoundingClientRect().bottom)
		))
			expect(box).toBeLessThanOrEqual(900);
		// Execution of the demo lines: PI-1's value of the latest year, farthest from 100 %
		const pi1 = cli.filter((r) => r.id === 'pefa-pi1-aggregate-outturn' && r.value !== null);
		const latest = Math.max(...pi1.map((r) => r.year));
		const far = pi1
			.filter((r) => r.year === latest)
			.sort((a, b) => Math.abs(b.value! - 1) - Math.abs(a.value! - 1))[0]!;
		const finding = page.locator('[data-finding="cred-execution"]');
		expect(Number(await finding.getAttribute('data-value'))).toBe(far.value);
		// fr-FR, one decimal: 1.06127082746 → « 106,1 % »
		const percent = `${(far.value! * 100).toFixed(1).replace('.', ',')}\u202f%`;
		await expect(finding).toContainText(`exécutées en ${latest} atteignent ${percent}`);
		await expect(finding).toContainText('(données fictives de démonstration)');
		// the real findings do not say so, and name their publisher
		await expect(page.locator('[data-finding="cred-pefa-official"]')).toHaveAttribute(
			'data-demo',
			'false'
		);
		await expect(page.locator('[data-finding="cred-triangulation"]')).toContainText('SIPRI');
		// its link leads to the table that shows it
		await finding.getByRole('link').click();
		await expect(page).toHaveURL(/#cred-pefa-vigie$/);
		await expect(page.locator('#cred-pefa-vigie')).toBeInViewport();
	});
});
