/**
 * Automated accessibility audit (axe-core 4.14, WCAG 2.1 A/AA and best-practice rules) of every
 * route in both languages, the three topic views with a drill-down open, and of the import page
 * with a file's card and a stored dataset on it: zero serious or critical violations.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './publish-helpers.ts';
import { gotoReady } from './ready.ts';

type Route = {
	path: string;
	/** Shown once the page is in the state to audit (its computed figures, a drill open). */
	settled?: string[];
};

// Every route of src/routes, in the state a reader reaches: the topic views with a drill open.
const ROUTES: Route[] = [
	{ path: '/', settled: ['[data-engine="duckdb-wasm"]'] },
	{ path: '/import/' },
	{
		// a year's drill also opens the year-by-year PEFA cells (buttons) to the audit
		path: '/credibilite/?country=MLI&drill=year:MLI:XOF:2021',
		settled: ['[data-view-state="ready"]', '.cred-drill']
	},
	{
		path: '/marches/?country=TCD&drill=bar:2021:direct',
		settled: ['[data-view-state="ready"]', '[data-drill-total]']
	},
	{
		path: '/controle/?from=2020&drill=audit:MLI:2021',
		settled: ['[data-view-state="ready"]', '.oversight-drill']
	},
	{ path: '/indicateurs/' },
	{ path: '/methodologie/' },
	{ path: '/pays/mli/' },
	{ path: '/pays/tcd/fiche/' },
	{ path: '/donnees-distantes/' },
	{ path: '/integrer/tendances/?from=2000', settled: ['figure svg[role="img"]'] },
	{ path: '/integrer/pays/ner/?measure=share_gdp', settled: ['figure svg[role="img"]'] }
];

// One page per language walks every route (the browser's cache then keeps the compiled engine
// between routes); each route's violations are collected so one run names all of them.
for (const lang of ['', '/en'])
	test(`every route${lang ? ' in English' : ' in French'}: no serious or critical axe violation`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		const found: Record<string, string[]> = {};
		for (const route of ROUTES) {
			const url = `${lang}${route.path}`;
			try {
				await gotoReady(page, url);
				for (const selector of route.settled ?? [])
					await expect(page.locator(selector).first()).toBeVisible({ timeout: 60_000 });
				// Audit the page as the user sees it once the engine state settled.
				await expect(page.locator('[data-phase="loading"]')).toHaveCount(0, { timeout: 60_000 });
				const violations = await seriousViolations(page);
				if (violations.length) found[url] = violations;
			} catch (error) {
				found[url] = [`did not settle: ${(error as Error).message.split('\n')[0]}`];
			}
		}
		expect(found).toEqual({});
	});

test('/import/ with a file card, its problems and a stored dataset has no serious violation', async ({
	page
}) => {
	await page.goto('/import/');
	await page.locator('#file-input').setInputFiles('src/lib/ingest/fixtures/budget-errors.csv');
	const card = page.getByRole('article', { name: 'budget-errors.csv' }).first();
	await card.getByRole('button', { name: 'Importer' }).click();
	await expect(card.getByRole('status')).toContainText('importée', { timeout: 45_000 });
	await expect(page.locator('[data-dataset="budget-errors"] table')).toBeVisible();
	await card.getByText('Aperçu des premières lignes').click();
	expect(await seriousViolations(page)).toEqual([]);
});

/** One stop of the Tab walk: where focus landed and whether it shows. */
type Stop = {
	figure: string | null;
	control: boolean;
	summary: boolean;
	/** An outline (the site's :focus-visible), or for a shape in a chart a dark, thick stroke. */
	focusShows: boolean;
	label: string;
};

/**
 * Presses Tab from the top of the page until focus leaves the page, recording each stop. On a
 * chart's keyboard control it presses End (the slider must then read out a year); on a "show the
 * data" summary it presses Enter (the table must open).
 */
async function tabThrough(page: Page): Promise<Stop[]> {
	const stops: Stop[] = [];
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate((): Stop | null => {
			const el = document.activeElement;
			if (!el || el === document.body) return null;
			const figure = el.closest('figure.chart');
			const style = getComputedStyle(el);
			const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			const shape = el.closest('svg') ? el.querySelector('path, rect, circle') : null;
			const stroke = shape && getComputedStyle(shape);
			const stroked =
				!!stroke &&
				parseFloat(stroke.strokeWidth) >= 2 &&
				!['none', 'rgb(255, 255, 255)'].includes(stroke.stroke);
			return {
				figure: figure?.getAttribute('aria-labelledby') ?? null,
				// A slider (line charts) or a link drawn in the chart itself (the map).
				control:
					el.getAttribute('role') === 'slider' || (el.localName === 'a' && !!el.closest('svg')),
				summary: el.localName === 'summary' && !!el.closest('details.data'),
				focusShows: outline || stroked,
				label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)
			};
		});
		if (!stop) break;
		stops.push(stop);
		const focused = page.locator(':focus');
		if (stop.control && (await focused.getAttribute('role')) === 'slider') {
			await page.keyboard.press('End');
			await expect(focused).toHaveAttribute('aria-valuetext', /^\d{4} — /);
		}
		if (stop.summary) {
			await page.keyboard.press('Enter');
			await expect(focused.locator('xpath=..')).toHaveAttribute('open', '');
			// the values table first (a chart that marks events lists them in a second table)
			await expect(focused.locator('xpath=..').locator('table').first()).toBeVisible();
		}
	}
	return stops;
}

for (const route of ['/', '/pays/ner/'])
	test(`${route}: every chart's keyboard control and data table are reached by Tab, focus visible`, async ({
		page
	}) => {
		await page.goto(route);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 45_000 });
		await expect(page.locator('[data-phase="loading"]')).toHaveCount(0, { timeout: 60_000 });
		const figures = await page
			.locator('figure.chart')
			.evaluateAll((all) => all.map((f) => f.getAttribute('aria-labelledby')));
		expect(figures.length).toBeGreaterThanOrEqual(2);
		const stops = await tabThrough(page);
		for (const figure of figures) {
			const inside = stops.filter((s) => s.figure === figure);
			expect(inside.filter((s) => s.control).length, `${figure}: keyboard control`).toBeGreaterThan(
				0
			);
			expect(
				inside.filter((s) => s.summary),
				`${figure}: show the data`
			).toHaveLength(1);
		}
		// Every stop, in charts or not, shows where focus is.
		const hidden = stops.filter((s) => !s.focusShows);
		expect(hidden.map((s) => s.label)).toEqual([]);
	});
