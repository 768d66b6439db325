/**
 * Helpers for the publishing tests (brief, embed, figure pack): PDF pages and text with
 * poppler-utils when installed (pdfinfo, pdftotext), else from the PDF bytes; and an axe audit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/** VIGIE_NO_POPPLER=1 runs the fallbacks, as on a machine without poppler-utils. */
export function hasTool(name: string): boolean {
	if (process.env.VIGIE_NO_POPPLER) return false;
	try {
		execFileSync('which', [name], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** Page count: pdfinfo's, else the `/Type /Page` objects (not `/Pages`) Chromium writes. */
export function pdfPageCount(file: string, bytes: Buffer): number {
	if (hasTool('pdfinfo')) {
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
	}
	return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Text with every kind of space removed, so `1 234,5 M$` matches across PDF and DOM. */
export const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '');

/** Serious and critical WCAG 2.1 A/AA violations, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		// Only violations are read: axe then skips building selectors for every passing node,
		// the bulk of its time on a large page (axe-core API, "Performance").
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * With every disclosure open, no serious or critical violation; then at 390 px, once the page has
 * redrawn, no horizontal overflow.
 */
export async function expectOpenPageAccessibleAndNarrow(page: Page): Promise<void> {
	for (const summary of await page.locator('summary').all()) await summary.click();
	expect(await seriousViolations(page)).toEqual([]);
	await page.setViewportSize({ width: 390, height: 844 });
	await expect
		.poll(() =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			)
		)
		.toBe(0);
}
