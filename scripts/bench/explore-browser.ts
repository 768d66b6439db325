/**
 * Filter redraw on the default (demo) data for the budget-credibility and oversight views, in
 * this machine's Chromium, driven through the filter bar as a reader would. Each view reports its
 * own redraw time (`data-redraw-ms`: filter change → charts updated in the DOM) and counts redraws
 * (`data-redraw-seq`), which is what we wait on. The procurement view has its own bench
 * (bench-procurement.ts), which also covers 1,000,000 contracts.
 * `npm run bench -- --only explore`
 */
import { chromium, type Page } from '@playwright/test';
import { BENCH, median, round, type Figure } from './figure.ts';
import { serveStatic } from '../serve-static.ts';

const COMMAND = `${BENCH} --only explore`;

/** Runs one filter change and returns the view's own redraw time for it (any view that counts
 * its redraws in `data-redraw-seq`; the procurement bench uses it too). */
export async function redrawTime(page: Page, act: () => Promise<unknown>): Promise<number> {
	const view = page.locator('[data-redraw-seq]');
	const seq = Number(await view.getAttribute('data-redraw-seq'));
	await act();
	await page.waitForFunction(
		(s) => Number(document.querySelector('[data-redraw-seq]')?.getAttribute('data-redraw-seq')) > s,
		seq,
		{ timeout: 120_000 }
	);
	return Number(await view.getAttribute('data-redraw-ms'));
}

/** Six changes every view offers: countries, years, back to everything. */
function steps(page: Page): (() => Promise<unknown>)[] {
	return [
		() => page.getByRole('checkbox', { name: 'Mali' }).check(),
		() => page.getByRole('checkbox', { name: 'Niger' }).check(),
		() => page.getByRole('combobox', { name: 'De', exact: true }).selectOption('2018'),
		() => page.getByRole('combobox', { name: 'à', exact: true }).selectOption('2021'),
		() => page.getByRole('checkbox', { name: 'Mali' }).uncheck(),
		() => page.getByRole('button', { name: 'Effacer les filtres' }).click()
	];
}

export async function benchExplore(build: string): Promise<Figure[]> {
	// The built files themselves, as a static host serves them (not `vite preview`, which reads
	// SvelteKit's output folder and could be a different build).
	const server = await serveStatic({ dir: build, port: 0 });
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const figures: Figure[] = [];
	try {
		for (const [path, label] of [
			['/credibilite/', 'budget credibility'],
			['/controle/', 'secrecy and oversight']
		] as const) {
			const page = await browser.newPage({ locale: 'fr-FR' });
			await page.goto(`${server.url}${path}`);
			await page
				.locator('[data-view-state="ready"]')
				.waitFor({ state: 'attached', timeout: 180_000 })
				.catch(async (error: unknown) => {
					await page.screenshot({ path: 'bench-results/explore-failure.png', fullPage: true });
					throw error;
				});
			const times: number[] = [];
			for (const step of steps(page)) times.push(await redrawTime(page, step));
			figures.push({
				group: 'explore',
				name: `${label} (${path}), demo data: filter redraw, median`,
				value: round(median(times)),
				unit: 'ms',
				command: COMMAND,
				note: `target < 100 ms; max ${Math.max(...times)} ms; ${times.join(', ')} ms`
			});
			await page.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return figures;
}
