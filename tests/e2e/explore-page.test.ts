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

/**
 * A topic page reads top-down: at most 4,500 px tall and no horizontal overflow at 1280 px; at
 * 390 px, once `narrow` (a chart's svg) has redrawn under 400 px wide, no overflow either, and
 * none with the widest content opened by `openWidest`. `shot` names the screenshots, if any.
 */
async function expectTopDown(
	page: Page,
	path: string,
	view: { narrow: string; openWidest: (page: Page) => Promise<void>; shot?: string }
) {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, path);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible();
	const desktop = await measure(page);
	console.log(`${path} at 1280 px: ${desktop.height} px tall`);
	expect(desktop.height).toBeLessThanOrEqual(4500);
	expect(desktop.overflow).toBe(0);
	if (view.shot)
		await page.screenshot({ path: `${SHOTS}/${view.shot}-fr-desktop.png`, fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	// the charts redraw for the narrower column
	await expect
		.poll(async () => Number(await page.locator(view.narrow).first().getAttribute('width')))
		.toBeLessThan(400);
	const phone = await measure(page);
	console.log(`${path} at 390 px: ${phone.height} px tall`);
	expect(phone.overflow).toBe(0);
	// with the widest content open too: it scrolls inside its own region
	await view.openWidest(page);
	expect((await measure(page)).overflow).toBe(0);
	if (view.shot)
		await page.screenshot({ path: `${SHOTS}/${view.shot}-fr-phone.png`, fullPage: true });
}

/** Without JavaScript on a phone, the prerendered page does not overflow. */
async function expectNoOverflowOnPhone(page: Page, path: string, shot: string) {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(path);
	expect((await measure(page)).overflow).toBe(0);
	await page.screenshot({ path: `${SHOTS}/${shot}-fr-nojs-phone.png`, fullPage: true });
}

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
			// the real picture first (OBS, PEFA/GDI scorecard, events), then the three share charts
			// and their 3 × 45 bars, each figure with a data table behind its disclosure
			await expect(page.locator('figure.chart svg[role="group"]')).toHaveCount(6);
			await expect(page.locator('g.mark[data-drill]')).toHaveCount(135);
			await expect(page.locator('figure.chart details.data table')).toHaveCount(6);
			const classified = page.locator('#oversight-classified');
			await classified.locator('details.data summary').click();
			await expect(classified.locator('table')).toBeVisible();
			await expect(classified.locator('table th[scope="rowgroup"]')).toHaveCount(5);
			// the filters it was computed with are shown, but not offered as controls that do nothing
			await expect(page.getByRole('checkbox', { name: 'Mali' })).toBeDisabled();
			await expect(page.locator('[data-view-state="ready"]')).toHaveCount(1);
			await page.screenshot({
				path: `${SHOTS}/oversight-${path.startsWith('/en') ? 'en' : 'fr'}-nojs-desktop.png`,
				fullPage: true
			});
		});

	test('/controle/ without JavaScript on a phone: nothing overflows', ({ page }) =>
		expectNoOverflowOnPhone(page, '/controle/', 'oversight'));
});

test('the page reads top-down: ≤ 4,500 px at 1280 px, no horizontal overflow at 1280 or 390 px', async ({
	page
}) => {
	await expectTopDown(page, '/controle/', {
		narrow: 'figure.chart svg',
		// the publication grid
		openWidest: async (page) => {
			await page.getByText('Afficher la grille par document').click();
			await expect(page.locator('.pub-grid table')).toBeVisible();
		}
	});
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

		test('without JavaScript on a phone: nothing overflows', ({ page }) =>
			expectNoOverflowOnPhone(page, '/credibilite/', 'credibility'));
	});

	test('the page reads top-down: ≤ 4,500 px at 1280 px, no horizontal overflow at 1280 or 390 px', async ({
		page
	}) => {
		await expectTopDown(page, '/credibilite/', {
			narrow: 'figure.chart svg',
			// every detail: the per-institution tables
			openWidest: async (page) => {
				for (const summary of await page.locator('.results details:not(.data) > summary').all())
					await summary.click();
				await expect(page.locator('#cred-gaps-institution')).toBeVisible();
			}
		});
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
// — /controle/ opens on published data; /indicateurs/ on the same foundations (governance views) —

test('/controle/’s first figure is real: the Open Budget Survey, its source in the caption', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/controle/');
	const first = page.locator('main figure.chart').first();
	await expect(first).toHaveAttribute('id', 'obs-chart');
	const caption = first.locator('figcaption');
	await expect(caption).toContainText(
		'Source : International Budget Partnership, Open Budget Survey 2006–2023'
	);
	await expect(caption).toContainText('Mauritanie');
	await expect(caption).not.toContainText('fictives');
	// every point of it is a published value: Chad's 2023 legislative oversight, 22.25 in the file
	await expect(page.locator('[data-obs="TCD:2023:legislative_oversight"]')).toHaveAttribute(
		'data-value',
		'22.25'
	);
	// the real findings come first and name their source, not the demo
	const obs = page.locator('[data-finding="oversight-obs"]');
	await expect(obs).toHaveAttribute('data-demo', 'false');
	await expect(obs).toContainText('22/100');
	await expect(page.locator('[data-finding]').first()).toHaveAttribute(
		'data-finding',
		'oversight-obs'
	);
});

test.describe('/indicateurs/ with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	for (const [path, heading, matrix] of [
		['/indicateurs/', 'Indicateurs de contrôle', 'données publiées'],
		['/en/indicateurs/', 'Oversight indicators', 'published data']
	] as const)
		test(`${path} shows its findings, the real matrix and the overview from the HTML alone`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator('[data-finding]')).toHaveCount(4);
			await expect(page.locator('#real-matrix figcaption')).toContainText(matrix);
			// five countries × nine dimensions; the matrix on demo records: 5 × 9 country-years
			await expect(page.locator('#real-matrix g.mark[data-cell]')).toHaveCount(45);
			await expect(page.locator('#demo-matrix g.mark[data-cell]')).toHaveCount(45);
			// the nineteen indicators, one row each
			await expect(page.locator('tr[data-overview]')).toHaveCount(19);
			await page.screenshot({
				path: `${SHOTS}/indicators-${path.startsWith('/en') ? 'en' : 'fr'}-nojs-desktop.png`,
				fullPage: true
			});
		});

	test('/indicateurs/ without JavaScript on a phone: nothing overflows', ({ page }) =>
		expectNoOverflowOnPhone(page, '/indicateurs/', 'indicators'));
});

test('/indicateurs/ reads top-down: ≤ 4,500 px at 1280 px, no overflow at 1280 or 390 px', async ({
	page
}) => {
	await expectTopDown(page, '/indicateurs/', {
		narrow: '#real-matrix svg',
		// an indicator's detail
		openWidest: async (page) => {
			await page.locator('tr[data-overview="execution-rate"] a').click();
			await expect(page.locator('[data-detail="execution-rate"]')).toBeVisible({
				timeout: 180_000
			});
		},
		shot: 'indicators'
	});
});

test('/indicateurs/’s findings are on the first screen, SIPRI’s burden as `vigie indicators` has it', async ({
	page
}) => {
	const cli: CliRow[] = JSON.parse(
		await vigie('indicators', '--with-default', '--with-demo', '--json')
	).results;
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/indicateurs/');
	const findings = page.locator('[data-finding]');
	await expect(findings).toHaveCount(4);
	for (const bottom of await findings.evaluateAll((els) =>
		els.map((e) => e.querySelector('.sentence')!.getBoundingClientRect().bottom)
	))
		expect(bottom).toBeLessThanOrEqual(900);
	// the latest year's largest share of GDP among the five, from the terminal
	const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
	const burden = cli.filter(
		(r) =>
			r.id === 'milex-burden' &&
			r.measure === 'share_gdp' &&
			G5.includes(r.country) &&
			r.value !== null
	);
	const year = Math.max(...burden.map((r) => r.year));
	const top = burden.filter((r) => r.year === year).sort((a, b) => b.value! - a.value!)[0]!;
	const finding = page.locator('[data-finding="indicators-burden"]');
	expect(Number(await finding.getAttribute('data-value'))).toBe(top.value);
	// fr-FR, one decimal: 0.0467973196943 → « 4,7 % »
	const percent = `${(top.value! * 100).toFixed(1).replace('.', ',')}\u202f%`;
	await expect(finding).toContainText(
		`En ${year}, les dépenses militaires représentent ${percent}`
	);
	await expect(finding).not.toContainText('fictives');
	// published data first: the matrix's finding, with no demo words
	await expect(findings.first()).toHaveAttribute('data-finding', 'indicators-real-gap');
	await expect(findings.first()).toHaveAttribute('data-demo', 'false');
});

/**
 * /marches/ on the same foundation: prerendered with its key findings, real first (PEFA PI-24 is
 * the first figure, its source in the caption and linked), top-down within the height budget.
 */
test.describe('/marches/', () => {
	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		for (const [path, heading, source] of [
			['/marches/', 'Marchés publics', 'Source : PEFA Secretariat (pefa.org)'],
			['/en/marches/', 'Procurement', 'Source: PEFA Secretariat (pefa.org)']
		] as const)
			test(`${path} shows its findings, the real figures first, charts and tables`, async ({
				page
			}) => {
				await page.setViewportSize({ width: 1280, height: 900 });
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await expect(page.locator('[data-finding]')).toHaveCount(5);
				await expect(page.locator('[data-finding]').first()).toHaveAttribute(
					'data-finding',
					'proc-pefa'
				);
				// the first figure is PEFA PI-24 (real, published), its source in its caption
				const first = page.locator('figure.chart').first();
				await expect(first).toHaveAttribute('id', 'proc-pefa');
				await expect(first.locator('figcaption')).toContainText(source);
				await expect(first.locator('a[href*="pefa_assessments"]')).toHaveCount(1);
				// 8 assessments × 5 scores; the demo contracts' charts after, labelled as demo
				await expect(first.locator('rect[data-pefa]')).toHaveCount(40);
				await expect(page.locator('figure.chart')).toHaveCount(4);
				await expect(page.locator('#proc-methods figcaption')).toContainText(
					path.startsWith('/en') ? 'Fictitious demonstration data' : 'Données fictives'
				);
				await expect(page.locator('g.mark[data-drill^="bar:"]').first()).toBeAttached();
				await expect(page.locator('figure.chart details.data table')).toHaveCount(4);
				await expect(page.getByRole('checkbox', { name: 'Mali' })).toBeDisabled();
				await page.screenshot({
					path: `${SHOTS}/procurement-${path.startsWith('/en') ? 'en' : 'fr'}-nojs-desktop.png`,
					fullPage: true
				});
			});

		test('/marches/ without JavaScript on a phone: nothing overflows', ({ page }) =>
			expectNoOverflowOnPhone(page, '/marches/', 'procurement'));
	});

	test('it reads top-down: ≤ 4,500 px at 1280 px, no horizontal overflow at 1280 or 390 px', async ({
		page
	}) => {
		await expectTopDown(page, '/marches/', {
			narrow: '#proc-pefa svg',
			// the flagged contracts
			openWidest: async (page) => {
				await page.getByText(/Afficher les .* marchés signalés/).click();
				await expect(page.locator('.flagged table')).toBeVisible();
			},
			shot: 'procurement'
		});
	});

	test('its key findings are on the first screen, with the numbers of `vigie indicators`', async ({
		page
	}) => {
		const cli: CliRow[] = JSON.parse(
			await vigie('indicators', '--with-default', '--with-demo', '--json')
		).results;
		await page.setViewportSize({ width: 1280, height: 900 });
		await gotoReady(page, '/marches/');
		const findings = page.locator('[data-finding]');
		await expect(findings).toHaveCount(5);
		for (const bottom of await findings.evaluateAll((els) =>
			els.map((e) => e.querySelector('.sentence')!.getBoundingClientRect().bottom)
		))
			expect(bottom).toBeLessThanOrEqual(900);
		// Without competition: 1 − competitive-share (value) of the latest year's lowest country.
		const competitive = cli.filter(
			(r) => r.id === 'competitive-share' && r.measure === 'value' && r.value !== null
		);
		const latest = Math.max(...competitive.map((r) => r.year));
		const top = competitive
			.filter((r) => r.year === latest)
			.sort((a, b) => a.value! - b.value!)[0]!;
		const finding = page.locator('[data-finding="proc-noncompetitive"]');
		// the CLI rounds to 12 significant digits, the page keeps the exact ratio
		expect(Number(await finding.getAttribute('data-value'))).toBeCloseTo(1 - top.value!, 10);
		const percent = `${((1 - top.value!) * 100).toFixed(1).replace('.', ',')}\u202f%`;
		await expect(finding).toContainText(
			`${percent} de la valeur des marchés attribués en ${latest}`
		);
		await expect(finding).toContainText('(données fictives de démonstration)');
		// the real ones say nothing of demonstration data, and name their publisher
		await expect(page.locator('[data-finding="proc-pefa"]')).not.toContainText('fictives');
		await expect(page.locator('[data-finding="proc-pefa"] .source')).toContainText(
			'PEFA Secretariat (pefa.org)'
		);
		await page.locator('[data-finding="proc-pefa"]').getByRole('link').click();
		await expect(page).toHaveURL(/#proc-pefa$/);
		await expect(page.locator('#proc-pefa')).toBeInViewport();
	});
});
