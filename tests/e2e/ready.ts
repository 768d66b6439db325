/**
 * Opens a page and waits until Svelte has hydrated it: a click or key press before that would hit
 * the prerendered HTML, whose handlers are not attached yet (a real race on a loaded machine).
 */
import type { Page } from '@playwright/test';

export async function gotoReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 45_000 });
}
