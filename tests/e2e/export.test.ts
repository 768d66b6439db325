import { expect, test } from '@playwright/test';
import { gotoReady } from './ready.ts';
import { readFileSync } from 'node:fs';

test('a chart exports as standalone SVG with title, source and its lines, and as 2× PNG', async ({
	page
}) => {
	await gotoReady(page, '/?from=2000');
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Image SVG' }).click()
	]);
	const svg = readFileSync(await svgDownload.path(), 'utf8');
	expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
	// Parse it as XML with the browser's own parser: a standalone, well-formed SVG document.
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: root.nodeName,
			ns: root.getAttribute('xmlns'),
			title: root.querySelector(':scope > title')?.textContent,
			text: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent),
			lines: root.querySelectorAll('g.line path').length,
			font: root.getAttribute('font-family'),
			style: root.querySelector(':scope > style')?.textContent ?? ''
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
	expect(parsed.title).toBe('Dépenses militaires en dollars constants de 2023');
	expect(parsed.text.join('\n')).toContain('SIPRI Military Expenditure Database, 2025');
	expect(parsed.text.join('\n')).toContain('Filtres : Dollars constants (2023), 2000–2024');
	expect(parsed.text.join('\n')).toMatch(/Lien : http:\/\/127\.0\.0\.1:\d+\/\?from=2000/);
	expect(parsed.lines).toBe(5);
	// The chart font travels inside the file (both weights, as WOFF2 data), so the figure looks
	// the same in any viewer, offline.
	expect(parsed.font).toMatch(/^'Vigie Sans'/);
	const faces = [
		...parsed.style.matchAll(
			/@font-face\{font-family:'Vigie Sans';font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g
		)
	];
	expect(faces.map((f) => f[1])).toEqual(['400', '700']);
	// The embedded bytes are the site's font files, unchanged.
	for (const [i, file] of ['vigie-sans.woff2', 'vigie-sans-bold.woff2'].entries())
		expect(Buffer.from(faces[i]![2]!, 'base64').equals(readFileSync(`static/fonts/${file}`))).toBe(
			true
		);

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Image PNG' }).click()
	]);
	const png = readFileSync(await pngDownload.path());
	expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
	const pngWidth = png.readUInt32BE(16);
	const svgWidth = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
	expect(pngWidth).toBe(Math.round(svgWidth * 2));
});

test('the chart data exports as CSV with a BOM, a header block, and the values the table shows', async ({
	page
}) => {
	await gotoReady(page, '/');
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Données CSV (Excel français, ;)' }).click()
	]);
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csv.startsWith('\uFEFF# Dépenses militaires en dollars constants de 2023')).toBe(true);
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
	const columns = lines.find((l) => l.startsWith('Année;'))!.split(';');
	expect(columns[1]).toBe('Burkina Faso (millions de dollars US constants de 2023)');
	const row2019 = lines.find((l) => l.startsWith('2019;'))!.split(';');
	const bfa2019 = Number(row2019[1]);
	// The table cell shows the same value, rounded to one decimal, in French.
	await figure.getByText('Voir les données').click();
	const cell = figure.getByRole('row', { name: /^2019/ }).getByRole('cell').first();
	await expect(cell).toHaveText(`${bfa2019.toFixed(1).replace('.', ',')}\u00a0M$ US`);
	// Mauritania 2007 (a SIPRI 0 treated as missing) is an empty cell, not 0.
	const mrt = columns.findIndex((c) => c.startsWith('Mauritanie'));
	expect(lines.find((l) => l.startsWith('2007;'))!.split(';')[mrt]).toBe('');
});

test('a topic view’s chart exports with its datasets and the link that reopens its filters', async ({
	page
}) => {
	await gotoReady(page, '/credibilite/?country=NER&from=2019');
	// the prerendered view (default filters) shows until the engine has computed the filtered one
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 180_000 });
	const figure = page.getByRole('figure', {
		name: /Écart entre exécuté et voté, par catégorie économique/
	});
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Image SVG' }).click({ timeout: 90_000 })
	]);
	const svg = readFileSync(await download.path(), 'utf8');
	expect(svg).toContain('Données fictives de démonstration');
	expect(svg).toMatch(/Lien : http:\/\/127\.0\.0\.1:\d+\/credibilite\/\?country=NER&amp;from=2019/);
	expect(svg).toMatch(/Exporté de Vigie le \d{4}-\d{2}-\d{2}/);
});
