/**
 * Opens a page and waits until Svelte has hydrated it: a click or key press before that would hit
 * the prerendered HTML, whose handlers are not attached yet (a real race on a loaded machine).
 */
import { expect, type Page } from '@playwright/test';

export async function gotoReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 45_000 });
}

/** Imports each file through /import/ as a user does, waiting until each one says « importée ». */
export async function importFiles(page: Page, files: readonly string[]): Promise<void> {
	await gotoReady(page, '/import/');
	for (const file of files) {
		await page.locator('#file-input').setInputFiles(file);
		const card = page.getByRole('article', { name: file.split('/').pop() });
		await card.getByRole('button', { name: 'Importer' }).click();
		await expect(card.getByRole('status')).toContainText('importée', { timeout: 45_000 });
	}
}
