import { expect, test } from '@playwright/test';
import { gotoReady } from './ready.ts';
import { vigie } from './cli.ts';
import { expectOpenPageAccessibleAndNarrow } from './publish-helpers.ts';

const NBSP = '\u00a0';
const SHOTS = 'screenshots';

/** Opens a figure's "show the data" table, as a reader would, and returns the figure. */
async function openData(figure: import('@playwright/test').Locator) {
	await figure.getByText('Voir les données').click();
	return figure;
}
const NNBSP = '\u202f';

test('the first chart is in the prerendered HTML, before any script runs', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toContain('<html lang="fr">');
	expect(html).toMatch(/<svg[^>]*role="img"/);
	expect(html).toContain('Dépenses militaires en dollars constants de 2023');
	for (const country of ['Burkina Faso', 'Mali', 'Mauritanie', 'Niger', 'Tchad'])
		expect(html).toContain(country);
	expect(html).toContain('SIPRI Military Expenditure Database, 2025');
});

test('the chart is redrawn from data that DuckDB-wasm loaded in the browser', async ({ page }) => {
	// Serve a doctored SIPRI file: if the engine really loads it, Burkina Faso 2019 becomes
	// 1 234.5 (US$ m), a value the prerendered page (420.4) cannot show.
	await page.route('**/sipri-milex.*.csv', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(
			/^BFA,2019,usd_constant_2023,[^,]*,ok$/m,
			'BFA,2019,usd_constant_2023,1234.5,ok'
		);
		await route.fulfill({ response, body });
	});
	await gotoReady(page, '/');
	const figure = await openData(page.getByRole('figure', { name: /dollars constants de 2023/ }));
	const row2019 = figure.getByRole('row', { name: /^2019/ });
	await expect(row2019.getByRole('cell').first()).toHaveText(`420,4${NBSP}M$ US`);
	await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible({ timeout: 45_000 });
	await expect(page.getByRole('status').first()).toContainText('Moteur d’analyse prêt');
	await expect(row2019.getByRole('cell').first()).toHaveText(`1${NNBSP}234,5${NBSP}M$ US`);
});

test('G5 growth 2005→2019 computed in the browser equals the terminal’s', async ({ page }) => {
	const growthRun = vigie('growth', '--from', '2005', '--to', '2019', '--json');
	await gotoReady(page, '/?gfrom=2005&gto=2019');
	await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible({ timeout: 45_000 });
	const cli = JSON.parse(await growthRun);
	const g5 = page.locator('tr[data-country="G5"] td[data-growth]');
	await expect(g5).not.toHaveAttribute('data-growth', '');
	const browserGrowth = Number(await g5.getAttribute('data-growth'));
	expect(browserGrowth).toBeCloseTo(cli.g5, 12);
	for (const [iso3, growth] of Object.entries(cli.by_country)) {
		const cell = page.locator(`tr[data-country="${iso3}"] td[data-growth]`);
		expect(Number(await cell.getAttribute('data-growth'))).toBeCloseTo(growth as number, 12);
	}
	// Shown to the reader as a signed French percentage.
	await expect(g5).toHaveText(`+${(cli.g5 * 100).toFixed(1).replace('.', ',')}${NNBSP}%`);
});

test('switching measure and period updates the chart and the URL, and survives a reload', async ({
	page
}) => {
	await gotoReady(page, '/');
	await page.getByRole('radio', { name: 'Part du PIB' }).check();
	await expect(page).toHaveURL(/measure=share_gdp/);
	await page.getByLabel('De', { exact: true }).selectOption('2000');
	await expect(page).toHaveURL(/from=2000/);
	const figure = page.getByRole('figure', { name: /part du PIB/ });
	await expect(figure).toBeVisible();
	await page.reload();
	await openData(figure);
	await expect(page.getByRole('radio', { name: 'Part du PIB' })).toBeChecked();
	// the values table (the events marked have a table of their own)
	const rows = figure.getByRole('table', { name: /part du PIB \(%\)/ }).getByRole('row');
	// header + 2000…2024
	await expect(rows).toHaveCount(1 + 25);
	await page.goBack();
	await expect(page).not.toHaveURL(/from=2000/);
});

test('missing SIPRI years are gaps in the table, not zeros (Mauritania 2007)', async ({ page }) => {
	await gotoReady(page, '/');
	const figure = await openData(page.getByRole('figure', { name: /dollars constants de 2023/ }));
	const header = await figure.getByRole('columnheader').allInnerTexts();
	const mrt = header.indexOf('Mauritanie');
	const cells = figure.getByRole('row', { name: /^2007/ }).locator('td');
	await expect(cells.nth(mrt - 1)).toHaveText('—');
});

test('the overview marks the coups and transitions; one country’s events or none, kept in the URL', async ({
	page
}) => {
	// data/events.csv, kinds coup and transition: MLI 2020-08-18, TCD 2021-04-20, MLI 2021-05-24,
	// MLI 2021-06-07, BFA 2022-01-24, BFA 2022-09-30, NER 2023-07-26
	const regime = [
		'2020-08-18',
		'2021-04-20',
		'2021-05-24',
		'2021-06-07',
		'2022-01-24',
		'2022-09-30',
		'2023-07-26'
	];
	await gotoReady(page, '/');
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	const marks = figure.locator('g.event');
	await expect(marks).toHaveCount(7);
	expect(await marks.evaluateAll((all) => all.map((g) => g.getAttribute('data-date')))).toEqual(
		regime
	);
	// listed in words, each with its country, as the badges are numbered
	const list = figure.getByRole('list', { name: 'Événements datés marqués sur le graphique' });
	await expect(list.getByRole('listitem')).toHaveCount(7);
	await expect(list.getByRole('listitem').last()).toHaveText(
		/^7\s*26 juil\. 2023 · Niger\u00a0: Coup d’État : la garde présidentielle/
	);
	const select = page.getByRole('combobox', { name: 'Événements sur le graphique' });
	await select.selectOption({ label: 'Niger : tous les événements' });
	await expect(page).toHaveURL(/events=NER/);
	// Niger's events bearing on spending: 2022-09-29, 2023-07-26, 2024-01-04, 2024-02-23, 2024-04-04
	await expect(marks).toHaveCount(5);
	await expect(list.getByRole('listitem').nth(3)).toContainText('Ordonnance n° 2024-05');
	await select.selectOption({ label: 'Aucun' });
	await expect(page).toHaveURL(/events=off/);
	await expect(marks).toHaveCount(0);
	await page.reload();
	await expect(select).toHaveValue('off');
	await expect(marks).toHaveCount(0);
	// a period before any event marks none; back to the default, the URL drops the parameter
	await page.goto('/?from=2000&to=2019');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(marks).toHaveCount(0);
	await page.getByRole('button', { name: 'Toute la période' }).click();
	await expect(marks).toHaveCount(7);
	await expect(page).not.toHaveURL(/events=/);
});

test('the page switches to English and keeps the view', async ({ page }) => {
	await gotoReady(page, '/?measure=share_gov');
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\/\?measure=share_gov/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('G5 Sahel military spending');
	await expect(page.getByRole('radio', { name: 'Share of government spending' })).toBeChecked();
});

test('hostile URL parameters are ignored with a notice and never break the page', async ({
	page
}) => {
	await gotoReady(page, "/?measure=<img src=x onerror=alert(1)>&from=1900'--");
	await expect(page.getByRole('alert')).toContainText('measure, from');
	await expect(page.getByRole('figure', { name: /dollars constants de 2023/ })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the keyboard reads values year by year', async ({ page }) => {
	await gotoReady(page, '/');
	const slider = page.getByRole('slider', { name: 'Année' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(slider).toHaveAttribute('aria-valuenow', '2024');
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute(
		'aria-valuetext',
		/^2023 — Burkina Faso\u00a0: [\d\u202f]+,\d\u00a0M\$ US/
	);
});

// That nothing goes to another origin, engine start and a new query included, is part of
// privacy.test.ts's full session.

test('screenshot of the overview for review', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 1000 });
	await gotoReady(page, '/');
	await expect(page.locator('[data-engine="duckdb-wasm"]')).toBeVisible({ timeout: 45_000 });
	await page.screenshot({ path: `${SHOTS}/trends-fr.png`, fullPage: true });
	expect((await page.locator('svg[role="img"] path').count()) >= 5).toBe(true);
});

for (const path of ['/?events=NER', '/en/'])
	test(`${path} has no serious axe violation with its tables open, and fits 390 px`, async ({
		page
	}) => {
		await gotoReady(page, path);
		await expectOpenPageAccessibleAndNarrow(page);
	});
