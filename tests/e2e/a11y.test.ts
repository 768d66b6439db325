/**
 * Automated accessibility audit (axe-core, WCAG 2.1 A/AA rules) of every route in both
 * languages, and of the import page with a file's card and a stored dataset on it: zero serious
 * or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The topic views, the brief and the embeds are audited in their own files, in their computed
// state (credibility, procurement, oversight, brief, embed .test.ts).
const ROUTES = [
	'/',
	'/import/',
	'/indicateurs/',
	'/methodologie/',
	'/pays/mli/',
	'/donnees-distantes/'
];

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['', '/en'])
	for (const route of ROUTES)
		test(`${lang}${route} has no serious or critical axe violation`, async ({ page }) => {
			await page.goto(`${lang}${route}`);
			// Audit the page as the user sees it once the engine state settled.
			await expect(page.locator('[data-phase="loading"]')).toHaveCount(0, { timeout: 60_000 });
			expect(await seriousViolations(page)).toEqual([]);
		});

test('/import/ with a file card, its problems and a stored dataset has no serious violation', async ({
	page
}) => {
	await page.goto('/import/');
	await page
		.locator('#file-input[data-ready]')
		.setInputFiles('src/lib/ingest/fixtures/budget-errors.csv');
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
