/**
 * The secrecy and oversight view on the built site, with the demo data: linked filters change
 * the figures, a bar opens the rows behind it and they add up to the bar (checked against the
 * demo CSV read here, not through the app), the URL reproduces filters and drill in a new page,
 * hostile parameters are reported and ignored, and the language switch keeps the state. Also
 * takes the review screenshots. Its axe audit, with a drill open, is in a11y.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoReady } from './ready.ts';

const SHOTS = 'screenshots';

function demoRows(file: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(`data/demo/${file}`, 'utf8').trim().split('\n');
	const names = header!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

/** Classified share of one country-year, by hand: Σ approved classified ÷ Σ approved. */
function classifiedShare(country: string, year: string, sectors: string[]): number {
	const lines = demoRows('budget-lines.csv').filter(
		(r) => r.country === country && r.year === year && sectors.includes(r.sector!)
	);
	const sum = (rows: typeof lines) => rows.reduce((s, r) => s + Number(r.approved), 0);
	return sum(lines.filter((r) => r.classified === 'true')) / sum(lines);
}

// The engine (34 MB) loads in each new page; a shared 2-core machine can take minutes.
test.setTimeout(300_000);

async function openView(page: Page, url: string) {
	await gotoReady(page, url);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
}

const mark = (page: Page, drill: string) => page.locator(`[data-drill="${drill}"]`).first();
/** The bars of one share chart: `classified`, `derogation` or `audit`. */
const bars = (page: Page, chart: string) => page.locator(`g.mark[data-drill^="${chart}:"]`);
const markValue = async (page: Page, drill: string) =>
	Number(await mark(page, drill).getAttribute('data-value'));

test('filters change the figures and a bar drills to rows that add up to it', async ({ page }) => {
	await openView(page, '/controle/');
	await expect(bars(page, 'classified')).toHaveCount(45);
	await expect(bars(page, 'classified').first()).toHaveAttribute('role', 'button');
	const all = await markValue(page, 'classified:MLI:2021');
	expect(all).toBeCloseTo(classifiedShare('MLI', '2021', ['defence', 'security']), 9);

	await page.getByRole('checkbox', { name: 'Mali' }).check();
	await expect(page).toHaveURL(/country=MLI/);
	await expect(bars(page, 'classified')).toHaveCount(9);
	await page.getByLabel('Secteur').selectOption('defence');
	await expect(page).toHaveURL(/sector=defence/);
	const expected = classifiedShare('MLI', '2021', ['defence']);
	await expect.poll(() => markValue(page, 'classified:MLI:2021')).toBeCloseTo(expected, 9);
	expect(expected).not.toBeCloseTo(all, 3);
	const redraw = Number(await page.locator('[data-redraw-ms]').getAttribute('data-redraw-ms'));
	expect(redraw).toBeGreaterThan(0);
	console.log(`oversight view redraw after a filter change: ${redraw} ms`);

	await mark(page, 'classified:MLI:2021').click();
	await expect(page).toHaveURL(/drill=classified:MLI:2021/);
	await expect(mark(page, 'classified:MLI:2021')).toHaveAttribute('aria-current', 'true');
	const drill = page.locator('.oversight-drill');
	await expect(drill).toBeVisible();
	// Mali's two defence institutions × five economic categories
	await expect(drill.locator('[data-drill-total]')).toHaveAttribute('data-drill-total', '10');
	await expect(drill.locator('tbody tr')).toHaveCount(10);
	expect(Number(await drill.getAttribute('data-drill-value'))).toBeCloseTo(expected, 9);
	await expect(drill.getByRole('heading', { level: 3 })).toBeFocused();
	// back closes the drill, forward reopens it
	await page.goBack();
	await expect(drill).toHaveCount(0);
	await page.goForward();
	await expect(drill).toBeVisible();

	// keyboard: Enter on a derogation bar opens its contracts, Space on another too
	await mark(page, 'derogation:MLI:2020').focus();
	const chart = page.locator('.share-bars', { has: mark(page, 'derogation:MLI:2020') });
	await expect(chart.locator('.readout')).toContainText('Mali 2020');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/drill=derogation:MLI:2020/);
	const contracts = demoRows('contracts.csv').filter(
		(c) => c.country === 'MLI' && c.award_date!.startsWith('2020')
	);
	await expect(drill.locator('[data-drill-total]')).toHaveAttribute(
		'data-drill-total',
		String(contracts.length)
	);
	expect(Number(await drill.getAttribute('data-drill-value'))).toBeCloseTo(
		await markValue(page, 'derogation:MLI:2020'),
		9
	);
	// Tab walks from bar to bar; focus shows on the bar (its hit area is outlined) and in the readout
	await mark(page, 'audit:MLI:2020').focus();
	await page.keyboard.press('Tab');
	await expect(mark(page, 'audit:MLI:2021')).toBeFocused();
	const ring = await mark(page, 'audit:MLI:2021')
		.locator('rect.hit')
		.evaluate((r) => [getComputedStyle(r).stroke, getComputedStyle(r).strokeWidth]);
	expect(ring).toEqual(['rgb(17, 17, 17)', '2px']);
	const audits = page.locator('.share-bars', { has: mark(page, 'audit:MLI:2021') });
	await expect(audits.locator('.readout')).toContainText('Mali 2021');
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(/drill=audit:MLI:2021/);
});

test('a copied link reopens the same filters, figures and drill in a new page', async ({
	page,
	context
}) => {
	await openView(page, '/controle/?country=NER,TCD&from=2019&to=2022');
	// the publication grid is detail, behind its disclosure
	await page.getByText('Afficher la grille par document').click();
	await page.locator('[data-drill="document:NER:2020:audit_report"]').click();
	await expect(page).toHaveURL(/drill=document:NER:2020:audit_report/);
	await expect(page.locator('.oversight-drill')).toHaveAttribute('data-drill-value', '1');
	// every mark of the page, bars and published data alike, by its key and value
	const marks = (p: Page) =>
		p
			.locator('g.mark')
			.evaluateAll((els) =>
				els.map(
					(e) =>
						`${e.dataset.drill ?? e.dataset.obs ?? e.dataset.cell ?? e.dataset.event}=${e.dataset.value ?? e.dataset.score ?? ''}`
				)
			);
	const values = await marks(page);
	// three share charts × two countries × four years
	await expect(page.locator('g.mark[data-drill]')).toHaveCount(3 * 2 * 4);
	// the published data follow the same filters: OBS rounds 2019 and 2021 × 5 scores × 2
	// countries; 5 events (Niger 2020, 2021, 2022 twice; Chad 2021); PEFA as of 2022
	const obs = await page
		.locator('g.mark[data-obs]')
		.evaluateAll((els) => els.map((e) => e.dataset.obs!.split(':').slice(0, 2).join(':')));
	expect(obs).toHaveLength(20);
	expect(new Set(obs)).toEqual(new Set(['NER:2019', 'NER:2021', 'TCD:2019', 'TCD:2021']));
	await expect(page.locator('g.mark[data-event]')).toHaveCount(5);
	await expect(page.locator('g.mark[data-cell="NER|PI-30"]')).toHaveAttribute('data-score', 'D+');
	await expect(page.locator('g.mark[data-cell="NER|PI-30"]')).toHaveAttribute(
		'aria-label',
		/PEFA 2017/
	);

	const copy = await context.newPage();
	await openView(copy, page.url());
	expect(await marks(copy)).toEqual(values);
	await expect(copy.locator('.oversight-drill')).toBeVisible();
	await expect(copy.locator('[data-drill-total]')).toHaveAttribute('data-drill-total', '1');
	// the audit of Niger 2020, published 2022-06-17: 533 days after 31 Dec 2020, late
	// opened with a document drill, the grid's disclosure is open
	const cell = copy.locator('[data-drill="document:NER:2020:audit_report"]');
	await expect(cell).toBeVisible();
	await expect(cell).toHaveAttribute('data-lag-days', '533');
	await expect(cell).toContainText('en retard');
	await expect(cell).toContainText('17,5 mois');

	await copy.reload();
	await expect(copy.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	await expect(copy.locator('.oversight-drill')).toBeVisible();
});

test('hostile URL parameters are named in a notice and never break the view', async ({ page }) => {
	let dialog = false;
	page.on('dialog', (d) => {
		dialog = true;
		return d.dismiss();
	});
	await openView(
		page,
		"/controle/?country=MLI,XXX&from=20x&sector=<script>alert(1)</script>&drill=classified:MLI:2021';DROP TABLE budget_lines--"
	);
	const notice = page.locator('[data-ignored]');
	await expect(notice).toContainText('country');
	await expect(notice).toContainText('sector');
	await expect(notice).toContainText('drill');
	await expect(bars(page, 'classified')).toHaveCount(45);
	await expect(page.locator('.oversight-drill')).toHaveCount(0);
	// a valid drill outside the filtered countries is stale: reported, not opened
	await openView(page, '/controle/?country=NER&drill=audit:MLI:2021');
	await expect(page.locator('[data-ignored]')).toContainText('drill');
	await expect(page.locator('.oversight-drill')).toHaveCount(0);
	// so is one whose mark is not on the page (no bar for 2030), with no filter at all
	await openView(page, '/controle/?drill=classified:MLI:2030');
	await expect(page.locator('[data-ignored]')).toHaveAttribute('data-ignored', 'drill');
	await expect(page.locator('.oversight-drill')).toHaveCount(0);
	expect(dialog).toBe(false);
});

test('the language switch keeps filters and drill, and the view reads in English', async ({
	page
}) => {
	await openView(page, '/controle/?country=MLI&drill=unaudited:MLI:2022');
	await expect(page.locator('.oversight-drill')).toBeVisible();
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\/controle\/\?country=MLI&drill=unaudited:MLI:2022/);
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secrecy and oversight');
	await expect(page.locator('[data-drill="unaudited:MLI:2022"]')).toContainText(
		'executed, no audit report'
	);
	// the rows of Mali 2022 add up to the executed amount the list shows
	const drill = page.locator('.oversight-drill');
	const listed = Number(
		await page.locator('[data-drill="unaudited:MLI:2022"]').getAttribute('data-value')
	);
	expect(Number(await drill.getAttribute('data-drill-value'))).toBeCloseTo(listed, 0);
	await expect(drill).toContainText('These rows give');
});

test('a share chart exports its table as CSV (country groups as a column) and its legend in the SVG', async ({
	page
}) => {
	await openView(page, '/controle/?country=MLI&from=2021&to=2022');
	const figure = page.getByRole('figure', {
		name: 'Part classifiée des crédits de défense et de sécurité'
	});
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Données CSV (Excel français, ;)' }).click()
	]);
	const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
	expect(lines.find((l) => l.startsWith('Pays;'))).toBe('Pays;Année;Valeur (%);Bande');
	// the value column holds the percentage to two decimals, as a number
	const share = classifiedShare('MLI', '2021', ['defence', 'security']);
	expect(lines).toContain(`Mali;2021;${String(Math.round(share * 10000) / 100)};plus de 8 %`);
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Image SVG' }).click()
	]);
	const text = readFileSync(await svg.path(), 'utf8');
	expect(text).toContain('Seuils des bandes GDI (1 %, 3 %, 8 %)');
	// the bars are in the picture, their hit areas and focus rings are not
	expect(text).toContain('data-drill="classified:MLI:2021"');
	expect(text).not.toMatch(/class="hit/);
});

test('screenshots of the view for review (desktop 1280, phone 390)', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openView(page, '/controle/?drill=classified:MLI:2021');
	await mark(page, 'classified:NER:2019').hover();
	await page.screenshot({ path: `${SHOTS}/oversight-fr-desktop.png`, fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await openView(page, '/en/controle/?country=MLI,NER&from=2019');
	await page.screenshot({ path: `${SHOTS}/oversight-en-phone.png`, fullPage: true });
});
