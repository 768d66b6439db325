/**
 * The figure pack (issue 6, item 3): one click zips every chart of the page as SVG, PNG (2×) and
 * CSV, with a README listing each figure's files, caption, source, filters, link and date.
 */
import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { gotoReady } from './ready.ts';

const FIGURES = [
	{
		base: '01-depenses-militaires-en-dollars-constants-de-2023',
		title: 'Dépenses militaires en dollars constants de 2023',
		// 906.4 → `906,4 M$ US`, as the table writes US$ m
		cell: (v: number) => `${fr(v, 1)}\u00a0M$ US`
	},
	{
		base: '02-depenses-militaires-en-part-du-pib',
		title: 'Dépenses militaires en part du PIB',
		// 0.042 → `4,20 %` (fractions are stored, percentages shown with two decimals)
		cell: (v: number) => `${fr(v * 100, 2)}\u202f%`
	}
];
/** The profile's third chart: SIPRI's local-currency line with Mali's published budget figures. */
const BUDGETS =
	'03-depenses-militaires-selon-le-sipri-et-budgets-nationaux-publies-monnaie-locale-courante-fcfa';
const fr = (v: number, digits: number) =>
	new Intl.NumberFormat('fr-FR', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(v);

test('the Mali profile downloads one zip with each chart as SVG, PNG and CSV, and a README', async ({
	page
}, testInfo) => {
	await gotoReady(page, '/pays/mli/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger toutes les figures (zip)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^vigie-mali-fr-\d{4}-\d{2}-\d{2}\.zip$/);
	// kept beside the test's other output, to be opened and looked at
	const zipPath = testInfo.outputPath('figure-pack.zip');
	await download.saveAs(zipPath);
	const files = unzipSync(readFileSync(zipPath));
	expect(Object.keys(files).sort()).toEqual(
		[
			'README.txt',
			...FIGURES.flatMap((f) => ['svg', 'png', 'csv'].map((ext) => `${f.base}.${ext}`)),
			...['svg', 'png', 'csv'].map((ext) => `${BUDGETS}.${ext}`)
		].sort()
	);
	// Its CSV: SIPRI's 2024 figure for Mali (MLI,2024,lcu_current,563521000000) and, beside it,
	// the 2024 defence ministry credits of data/national-budgets.csv (472 660 855 000 FCFA)
	const budgetCsv = Papa.parse<string[]>(
		strFromU8(files[`${BUDGETS}.csv`]!).replace(/^\uFEFF/, ''),
		{
			comments: '#',
			skipEmptyLines: true
		}
	).data;
	const row2024 = budgetCsv.find((r) => r[0] === '2024')!;
	expect(Number(row2024[1])).toBe(563521000000);
	expect(row2024[2]).toMatch(/^Ministère de la Défense\u00a0: 472660855000 \(crédits votés/);
	expect(row2024[3]).toMatch(/<https:\/\/\S+>$/);

	const readme = strFromU8(files['README.txt']!);
	expect(readme).toMatch(
		/^Vigie — figures de la page « Mali »\r\nPage : http:\/\/127\.0\.0\.1:\d+\/pays\/mli\/\r\n/
	);
	for (const [i, f] of FIGURES.entries()) {
		const block = readme.split(/\r\n\r\n/).find((b) => b.startsWith(`${i + 1}. ${f.title}`));
		expect(block, f.title).toBeDefined();
		expect(block).toContain(`Fichiers\u00a0: ${f.base}.svg, ${f.base}.png, ${f.base}.csv`);
		expect(block).toContain('Source : SIPRI Military Expenditure Database, 2025');
		expect(block).toMatch(/Filtres : .+, 1960–2024/);
		expect(block).toMatch(/Lien : http:\/\/127\.0\.0\.1:\d+\/pays\/mli\//);
		expect(block).toMatch(/Exporté de Vigie le \d{4}-\d{2}-\d{2}/);

		const svg = strFromU8(files[`${f.base}.svg`]!);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				title: doc.documentElement.querySelector(':scope > title')?.textContent,
				lines: doc.querySelectorAll('g.line path').length,
				width: Number(doc.documentElement.getAttribute('width'))
			};
		}, svg);
		expect(parsed).toMatchObject({ error: null, title: f.title, lines: 5 });

		const png = Buffer.from(files[`${f.base}.png`]!);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(Math.round(parsed.width * 2));

		// The CSV's 2024 Mali value is the one the chart's table shows.
		const text = strFromU8(files[`${f.base}.csv`]!).replace(/^\uFEFF/, '');
		expect(text.split('\r\n')[0]).toBe(`# ${f.title}`);
		// column names quote their unit, which may hold commas: parse, do not split
		const rows = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
		const columns = rows.find((r) => r[0] === 'Année')!;
		const mali = columns.findIndex((c) => c.startsWith('Mali ('));
		const value = Number(rows.find((r) => r[0] === '2024')![mali]);
		const figure = page.getByRole('figure', { name: f.title });
		await figure.getByText('Voir les données').click();
		const cell = figure
			.getByRole('row', { name: /^2024/ })
			.getByRole('cell')
			.nth(mali - 1);
		await expect(cell).toHaveText(f.cell(value));
	}
});

test('pages without a chart have no figure-pack button', async ({ page }) => {
	await gotoReady(page, '/methodologie/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: /Télécharger toutes les figures/ })).toHaveCount(0);
});
