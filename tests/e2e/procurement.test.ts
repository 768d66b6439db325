/**
 * The procurement view (/marches/) on the built site with the demo contracts: linked filters in
 * the URL, figures equal to a plain JavaScript reading of the demo CSV, drill-down totals equal
 * to the clicked bar or point, the flagged table's sorted pages as links, shared links, hostile
 * parameters and both languages. Its prerendered page (height, overflow, JavaScript off, key
 * findings, real first figure) is in explore-page.test.ts; its axe audit, with a drill open, in
 * a11y.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readDemoContracts, sum } from '../../src/lib/procurement/demo-expected.ts';
import { gotoReady } from './ready.ts';

const demo = readDemoContracts();
const ready = (page: Page) =>
	expect(page.locator('[data-view-state="ready"]')).toBeAttached({ timeout: 60_000 });
const flagValue = (page: Page, id: string) =>
	page.locator(`[data-flag="${id}"] .value`).getAttribute('data-value').then(Number);
const mark = (page: Page, drill: string) => page.locator(`g.mark[data-drill="${drill}"]`);

/** Share of value awarded directly, as the direct-award-share indicator defines it. */
function directShare(countries: string[], from: number, to: number): number {
	const rows = demo.filter((c) => countries.includes(c.country) && c.year >= from && c.year <= to);
	return (
		sum(rows.filter((c) => c.method === 'direct').map((c) => c.amount)) /
		sum(rows.map((c) => c.amount))
	);
}

test('a filter change redraws the figures, which equal the CSV read in JavaScript', async ({
	page
}) => {
	await gotoReady(page, '/marches/?country=MLI&from=2020&to=2022');
	await ready(page);
	expect(await flagValue(page, 'direct')).toBeCloseTo(directShare(['MLI'], 2020, 2022), 10);
	const seq = Number(await page.locator('[data-redraw-seq]').getAttribute('data-redraw-seq'));
	await page.getByRole('checkbox', { name: 'Niger' }).check();
	await expect(page).toHaveURL(/country=MLI,NER&from=2020&to=2022/);
	await expect(page.locator(`[data-redraw-seq="${seq + 1}"]`)).toBeAttached();
	expect(await flagValue(page, 'direct')).toBeCloseTo(directShare(['MLI', 'NER'], 2020, 2022), 10);
	// single-bid coverage: open and selective tenders with a known number of bids, of all of them
	const tenders = demo.filter(
		(c) =>
			['MLI', 'NER'].includes(c.country) &&
			c.year >= 2020 &&
			c.year <= 2022 &&
			(c.method === 'open' || c.method === 'selective')
	);
	const coverage = page.locator('[data-flag="single"] .coverage');
	await expect(coverage).toHaveAttribute('data-total', String(tenders.length));
	await expect(coverage).toHaveAttribute(
		'data-n',
		String(tenders.filter((c) => c.tenderers !== null).length)
	);
	// the published data follow the country filter: two PEFA countries, their assessments only
	await expect(page.locator('#proc-pefa [data-pefa$="-PI-24.2"]')).toHaveCount(5); // MLI ×3, NER ×2
	const ms = Number(await page.locator('[data-redraw-ms]').getAttribute('data-redraw-ms'));
	expect(ms).toBeGreaterThan(0);
});

test('a bar opens its contracts, whose total equals the bar, and a shared link reopens them', async ({
	page,
	browser
}) => {
	await gotoReady(page, '/marches/?country=TCD');
	await ready(page);
	const bar = mark(page, 'bar:2021:direct');
	await expect(bar).toHaveAttribute('role', 'button');
	await expect(bar).toHaveAttribute('aria-label', /^2021, Entente directe : .* de la valeur/);
	await bar.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/country=TCD&drill=bar:2021:direct/);
	await expect(bar).toHaveAttribute('aria-current', 'true');
	const rows = demo.filter((c) => c.country === 'TCD' && c.year === 2021 && c.method === 'direct');
	const drill = page.locator('[data-drill-sum]');
	await expect(drill.locator('[data-drill-total]')).toHaveAttribute(
		'data-drill-total',
		String(rows.length)
	);
	expect(Number(await drill.getAttribute('data-drill-sum'))).toBe(sum(rows.map((c) => c.amount)));
	await expect(
		page.getByRole('heading', { name: /Lignes sources : Entente directe, 2021/ })
	).toBeFocused();
	// the same link in a new page: same filters, same drill, same figures
	// Opened where the link is pasted: another browser profile (a context of its own).
	const elsewhere = await browser.newContext({
		locale: 'fr-FR',
		timezoneId: 'UTC',
		serviceWorkers: 'block'
	});
	const shared = await elsewhere.newPage();
	await gotoReady(shared, page.url());
	await ready(shared);
	await expect(shared.locator('[data-drill-total]')).toHaveAttribute(
		'data-drill-total',
		String(rows.length)
	);
	expect(await flagValue(shared, 'single')).toBe(await flagValue(page, 'single'));
	await expect(shared.getByRole('checkbox', { name: 'Tchad' })).toBeChecked();
	await elsewhere.close();
	// reload keeps it too; closing the detail drops `drill` from the address
	await page.reload();
	await ready(page);
	await page.getByRole('button', { name: 'Fermer le détail' }).click();
	await expect(page).toHaveURL(/\/marches\/\?country=TCD$/);
});

test('« marchés spéciaux » with no method are a bar category of their own, and a filter', async ({
	page
}) => {
	await gotoReady(page, '/marches/?country=MLI');
	await ready(page);
	const special = demo.filter((c) => c.country === 'MLI' && c.year === 2022 && c.derogation);
	const noMethod = special.filter((c) => c.method === 'none');
	expect(noMethod.length).toBeGreaterThan(0);
	const bar = mark(page, 'bar:2022:derogation');
	await expect(bar).toHaveAttribute(
		'aria-label',
		new RegExp(
			`2022, Régime dérogatoire / secret défense : .* \\(.*, ${noMethod.length} marchés\\)`
		)
	);
	await expect(page.locator('g.mark[data-drill$=":none"]')).toHaveCount(0);
	await bar.click();
	await expect(page).toHaveURL(/drill=bar:2022:derogation/);
	await expect(page.locator('[data-drill-total]')).toHaveAttribute(
		'data-drill-total',
		String(noMethod.length)
	);
	// the method filter offers the same category: only its bars remain
	await page.getByRole('combobox', { name: 'Mode de passation' }).selectOption('derogation');
	await expect(page).toHaveURL(/country=MLI&method=derogation$/);
	// The address changes before the chart redraws: a one-shot read could still see the bars of
	// every method (it did, on a loaded machine). Poll until the redraw, then require that bars
	// remain and that each one is the derogation category.
	const drills = () =>
		page
			.locator('g.mark[data-drill^="bar:"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-drill')));
	await expect
		.poll(async () => {
			const d = await drills();
			return d.length > 0 && d.every((x) => x!.endsWith(':derogation'));
		})
		.toBe(true);
});

test('a derogation point opens the year’s contracts under the regime; their share is the point', async ({
	page
}) => {
	await gotoReady(page, '/marches/?country=NER');
	await ready(page);
	const point = mark(page, 'derog:2021');
	const niger = demo.filter((c) => c.country === 'NER' && c.year === 2021);
	const derogatory = niger.filter((c) => c.derogation);
	const share = sum(derogatory.map((c) => c.amount)) / sum(niger.map((c) => c.amount));
	expect(Number(await point.getAttribute('data-value'))).toBeCloseTo(share, 10);
	await point.click();
	await expect(page).toHaveURL(/country=NER&drill=derog:2021/);
	const drill = page.locator('[data-drill-sum]');
	await expect(drill.locator('[data-drill-total]')).toHaveAttribute(
		'data-drill-total',
		String(derogatory.length)
	);
	expect(Number(await drill.getAttribute('data-drill-sum'))).toBe(
		sum(derogatory.map((c) => c.amount))
	);
	expect(Number(await drill.getAttribute('data-drill-base'))).toBe(sum(niger.map((c) => c.amount)));
});

test('the flagged contracts: a sorted page is a link, and opens the disclosure', async ({
	page
}) => {
	await gotoReady(page, '/marches/?country=MLI');
	await ready(page);
	const table = page.locator('.flagged');
	await page.getByText(/Afficher les .* marchés signalés/).click();
	await page.getByRole('combobox', { name: 'Trier par' }).selectOption('amount');
	await expect(page).toHaveURL(/country=MLI&drill=flagged:amount:1$/);
	await page.getByRole('button', { name: 'Page suivante' }).click();
	await expect(page).toHaveURL(/drill=flagged:amount:2$/);
	await expect(table).toHaveAttribute('data-page', '2');
	// Mali has more than 50 flagged contracts: page 2 is full (its order is unit-tested)
	await expect(table.locator('tbody tr')).toHaveCount(25);
	// the link, reloaded, shows the same page with the disclosure open
	await page.reload();
	await ready(page);
	await expect(page.locator('details:has(.flagged)')).toHaveAttribute('open', '');
	await expect(table).toHaveAttribute('data-page', '2');
	await expect(table).toHaveAttribute('data-sort', 'amount');
});

test('hostile parameters are ignored with a notice, never break the view', async ({ page }) => {
	await gotoReady(
		page,
		"/marches/?country=XXX&from=19x9&method=cash&drill=bar:2021:direct'%20OR%201=1--"
	);
	await ready(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'Paramètres d’adresse ignorés' })
	).toContainText('country, from, method, drill');
	await expect(page.locator('[data-drill-total]')).toHaveCount(0);
	// Every parameter ignored: the flags are those of all countries and years. Single bid is a
	// count of contracts, the same in any currency; splitting is counted in contract currency.
	const tenders = demo.filter((c) => c.method === 'open' || c.method === 'selective');
	const known = tenders.filter((c) => c.tenderers !== null);
	expect(await flagValue(page, 'single')).toBeCloseTo(
		known.filter((c) => c.tenderers === 1).length / known.length,
		10
	);
	expect(await flagValue(page, 'split')).toBe(possibleSplits());
	expect(possibleSplits()).toBeGreaterThan(0);
	// a valid drill that points to nothing on the page (no 2015 bar) is stale: named, ignored
	await gotoReady(page, '/marches/?drill=bar:2015:direct');
	await ready(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'Paramètres d’adresse ignorés' })
	).toContainText('drill');
});

/**
 * Contracts the possible-splitting indicator flags over the whole demo, by its definition
 * (its about.en.md) applied to the CSV in JavaScript: a window opens at each award under
 * 20 000 000 and spans 30 days; with two or more such awards by one buyer to one supplier whose
 * sum passes the threshold, each of them is flagged. Demo supplier names are already normalised.
 */
function possibleSplits(threshold = 20_000_000, windowDays = 30): number {
	const [head, ...lines] = readFileSync('data/demo/contracts.csv', 'utf8').trim().split('\n');
	const cols = head!.split(',');
	const small = lines
		.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v])))
		.filter((c) => c.supplier && c.award_date && Number(c.amount) < threshold)
		.map((c) => ({ ...c, day: Date.parse(c.award_date!) / 86_400_000, amount: Number(c.amount) }));
	const flagged = new Set<string>();
	for (const a of small) {
		const run = small.filter(
			(b) =>
				b.country === a.country &&
				b.buyer === a.buyer &&
				b.supplier === a.supplier &&
				b.day >= a.day &&
				b.day <= a.day + windowDays
		);
		if (run.length >= 2 && sum(run.map((b) => b.amount)) > threshold)
			for (const b of run) flagged.add(b.source_row!);
	}
	return flagged.size;
}

test('the view switches language with its filters', async ({ page }) => {
	await gotoReady(page, '/marches/?country=MLI');
	await ready(page);
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\/marches\/\?country=MLI/);
	await ready(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Red flags' })).toBeVisible();
	await expect(page.locator('[data-flag="direct"] .coverage')).toContainText('Computed on');
	await expect(page.getByRole('checkbox', { name: 'Mali' })).toBeChecked();
	await expect(page.locator('#proc-pefa figcaption')).toContainText('PEFA Secretariat (pefa.org)');
});
