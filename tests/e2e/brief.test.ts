/**
 * The printable country brief (issue 6, item 5): Chromium prints it to an A4 PDF of a few pages
 * whose text holds the country's key figures exactly as the page formats them, and its SIPRI
 * indicators. The PDF is kept under the test output folder so it can be looked at.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gotoReady } from './ready.ts';
import { hasTool, pdfPageCount, seriousViolations, squeeze } from './publish-helpers.ts';

for (const { path, iso3, heading } of [
	{ path: '/pays/mli/fiche/', iso3: 'mli', heading: 'Fiche pays — Mali' },
	{ path: '/en/pays/ner/fiche/', iso3: 'ner', heading: 'Country brief — Niger' }
])
	test(`${path} prints to 2–4 A4 pages holding its key figures and indicators`, async ({
		page
	}, testInfo) => {
		await gotoReady(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		const figures = await page.locator('.figures dd:not(.detail)').allInnerTexts();
		// spending, G5 share, GDP share, government share, per capita, growth 2005–2024
		expect(figures).toHaveLength(6);
		// the country's and the G5's value of each indicator measure (columns 4 and 5)
		const indicatorCells = await page
			.locator('.indicators tbody td:is(:nth-child(4), :nth-child(5))')
			.allInnerTexts();
		// share of GDP, share of government spending, per capita, annual growth, compound growth
		expect(indicatorCells).toHaveLength(5 * 2);
		// the profile's key findings and its governance scorecard (PEFA, OBS, GDI), as on screen
		const findings = await page.locator('.findings .sentence').allInnerTexts();
		expect(findings.length).toBeGreaterThanOrEqual(3);
		// PEFA's seven codes and the OBS's three scores (Mali and Niger are both surveyed)
		const scoreLabels = await page.locator('.scorecard tbody th').allInnerTexts();
		expect(scoreLabels.length).toBeGreaterThanOrEqual(7 + 3);
		const scoreValues = await page.locator('.scorecard tbody td').allInnerTexts();
		const scoreTitles = await page.locator('.scorecard h3').allInnerTexts();
		// the dated events listed under the charts
		const events = await page.locator('.events li').allInnerTexts();
		expect(events.length).toBeGreaterThan(0);

		const pdf = await page.pdf({ format: 'A4' });
		const file = testInfo.outputPath(`brief-${iso3}.pdf`);
		writeFileSync(file, pdf);
		const pages = pdfPageCount(file, pdf);
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pages).toBeLessThanOrEqual(4);

		// pdftotext reads the PDF itself; without poppler, the page as laid out for print.
		let text: string;
		if (hasTool('pdftotext')) text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		else {
			await page.emulateMedia({ media: 'print' });
			text = await page.locator('main').innerText();
		}
		for (const figure of figures) expect(squeeze(text), figure).toContain(squeeze(figure));
		for (const cell of indicatorCells) expect(squeeze(text), cell).toContain(squeeze(cell));
		for (const sentence of findings) expect(squeeze(text), sentence).toContain(squeeze(sentence));
		// pdftotext reads the cells of side-by-side cards out of row order: labels and scores are
		// looked for one by one (one-letter PEFA scores would be found anywhere: left out)
		for (const label of [...scoreTitles, ...scoreLabels])
			expect(squeeze(text), label).toContain(squeeze(label));
		for (const score of scoreValues.filter((v) => v.length > 2))
			expect(squeeze(text), score).toContain(squeeze(score));
		for (const event of events) expect(squeeze(text), event).toContain(squeeze(event));
		expect(text).toContain('SIPRI Military Expenditure Database, 2025');
		expect(text).toMatch(new RegExp(`http://127\\.0\\.0\\.1:\\d+${path.replaceAll('/', '\\/')}`));
		// no interactive chrome on paper
		for (const chrome of ['Exporter', 'Export', 'Voir les données', 'Show the data', 'Intégrer'])
			expect(text).not.toContain(chrome);
	});

test('the country profile links to its printable brief, which has no serious axe violation', async ({
	page
}) => {
	await gotoReady(page, '/pays/tcd/');
	await page.getByRole('link', { name: 'Fiche imprimable' }).click();
	await expect(page).toHaveURL(/\/pays\/tcd\/fiche\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche pays — Tchad');
	expect(await seriousViolations(page)).toEqual([]);
	await gotoReady(page, '/en/pays/ner/fiche/');
	expect(await seriousViolations(page)).toEqual([]);
	await page.setViewportSize({ width: 390, height: 844 });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBe(0);
});
