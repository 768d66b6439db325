/**
 * Country profiles: prerendered with their key figures, key findings on real published data,
 * the governance scorecard (PEFA, OBS, GDI) and the national budgets beside SIPRI; the dated
 * events on their charts, switched off and on by a control kept in the URL, listed in words, in
 * the data table and in the exported CSV. Expected values are read from data/*.csv here, not
 * from the app's code.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { gotoReady } from './ready.ts';
import { vigie } from './cli.ts';
import { expectOpenPageAccessibleAndNarrow } from './publish-helpers.ts';

type Csv = Record<string, string>;
const csv = (file: string) =>
	Papa.parse<Csv>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true })
		.data;
const scores = csv('governance-scores.csv');
const budgets = csv('national-budgets.csv');
const events = csv('events.csv');
const milex = csv('sipri-milex.csv');
const sipri = (country: string, year: number, series: string) =>
	Number(
		milex.find((r) => r.country === country && r.year === String(year) && r.series === series)!
			.value
	);
/** Niger's events bearing on spending (audit reports, hearings and institutions are /controle/'s). */
const TREND_KINDS = [
	'coup',
	'transition',
	'programming_law',
	'finance_law',
	'procurement_rule',
	'budget_secrecy'
];
const nigerEvents = events.filter(
	(e) => e.country === 'NER' && TREND_KINDS.includes(e.kind!) && e.date! < '2025'
);
const fr1 = (v: number) =>
	new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

test('each country profile is prerendered with its key figures, and links to the others', async ({
	request
}) => {
	for (const iso3 of ['bfa', 'mli', 'mrt', 'ner', 'tcd']) {
		const html = await (await request.get(`/pays/${iso3}/`)).text();
		expect(html, iso3).toMatch(/<svg[^>]*role="img"/);
		expect(html, iso3).toContain('Chiffres clés');
		expect(html, iso3).toContain('Constats clés');
		expect(html, iso3).toContain('Gouvernance budgétaire : les notes publiées');
	}
});

test('the Mali profile shows its 2005→2024 growth as the terminal computes it, and the highlighted line', async ({
	page
}) => {
	const growthRun = vigie('growth', '--from', '2005', '--to', '2024', '--json');
	await gotoReady(page, '/pays/mli/');
	const cli = JSON.parse(await growthRun);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mali');
	const growth = page
		.locator('.figure', { hasText: 'Croissance réelle 2005–2024' })
		.locator('dd')
		.first();
	const percent = (cli.by_country.MLI * 100).toFixed(1).replace('.', ',');
	await expect(growth).toHaveText(`+${percent}\u202f%`);
	// Four faint context lines and the highlighted country.
	const chart = page.getByRole('figure', { name: /dollars constants de 2023/ });
	await expect(chart.locator('g.line[opacity="0.25"]')).toHaveCount(4);
	await expect(chart.locator('g.line[opacity="1"]')).toHaveAttribute('aria-label', 'Mali');
	await page.getByRole('link', { name: 'Niger' }).last().click();
	await expect(page).toHaveURL(/\/pays\/ner\/$/);
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
});

test('Niger’s charts mark its events, the 2024 exclusion and the 2023 coup among them, in words and in the table', async ({
	page
}) => {
	expect(nigerEvents.map((e) => e.date)).toContain('2024-02-23');
	await gotoReady(page, '/pays/ner/');
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	const marks = figure.locator('g.event');
	expect(await marks.evaluateAll((all) => all.map((g) => g.getAttribute('data-date')))).toEqual(
		nigerEvents.map((e) => e.date)
	);
	const list = figure.getByRole('list', { name: 'Événements datés marqués sur le graphique' });
	const exclusion = nigerEvents.find((e) => e.date === '2024-02-23')!;
	const coup = nigerEvents.find((e) => e.date === '2023-07-26')!;
	await expect(list.locator('li[data-date="2024-02-23"]')).toContainText('23 févr. 2024');
	await expect(list.locator('li[data-date="2024-02-23"]')).toContainText(exclusion.title_fr!);
	await expect(list.locator('li[data-date="2023-07-26"]')).toContainText(coup.title_fr!);
	// the data table lists them with a link to their source
	await figure.getByText('Voir les données').click();
	const table = figure.getByRole('table', { name: 'Événements datés marqués sur le graphique' });
	const row = table.getByRole('row', { name: new RegExp(exclusion.title_fr!.slice(0, 30)) });
	await expect(row.getByRole('link', { name: new RegExp(exclusion.publisher!) })).toHaveAttribute(
		'href',
		exclusion.source_url!
	);
	// the share-of-GDP chart marks the same events
	const share = page.getByRole('figure', { name: /part du PIB/ });
	await expect(share.locator('g.event')).toHaveCount(nigerEvents.length);
});

test('Niger’s exported CSV lists each year’s events with their sources', async ({ page }) => {
	await gotoReady(page, '/pays/ner/');
	const figure = page.getByRole('figure', { name: /dollars constants de 2023/ });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Données CSV', exact: true }).click()
	]);
	const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
	const rows = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
	const head = rows.find((r) => r[0] === 'Année')!;
	const [eventsCol, sourcesCol] = [
		head.indexOf('Événements de l’année (date, pays : titre)'),
		head.indexOf('Sources des événements')
	];
	expect(eventsCol).toBeGreaterThan(5);
	for (const year of ['2022', '2023', '2024']) {
		const row = rows.find((r) => r[0] === year)!;
		const here = nigerEvents.filter((e) => e.date!.startsWith(year));
		expect(row[eventsCol]).toBe(here.map((e) => `${e.date} ${e.title_fr}`).join(' | '));
		for (const e of here) expect(row[sourcesCol]).toContain(`<${e.source_url}>`);
	}
	// a year without event has empty event cells, and the values are untouched
	const row2019 = rows.find((r) => r[0] === '2019')!;
	expect([row2019[eventsCol], row2019[sourcesCol]]).toEqual(['', '']);
	expect(Number(row2019[head.indexOf('Niger (millions de dollars US constants de 2023)')])).toBe(
		sipri('NER', 2019, 'usd_constant_2023')
	);
});

test('the events switch off and on by the control and by the URL', async ({ page }) => {
	await gotoReady(page, '/pays/ner/');
	const marks = page.locator('figure g.event');
	await expect(marks).toHaveCount(2 * nigerEvents.length);
	const toggle = page.getByRole('checkbox', { name: /Marquer les événements datés/ });
	await toggle.uncheck();
	await expect(page).toHaveURL(/\/pays\/ner\/\?events=off$/);
	await expect(marks).toHaveCount(0);
	await expect(page.getByRole('list', { name: /Événements datés/ })).toHaveCount(0);
	await gotoReady(page, '/pays/ner/?events=off');
	await expect(toggle).not.toBeChecked();
	await expect(marks).toHaveCount(0);
	await toggle.check();
	await expect(page).toHaveURL(/\/pays\/ner\/$/);
	await expect(marks).toHaveCount(2 * nigerEvents.length);
});

/** The rows the scorecard shows, as `code → score` text. */
const scorecardCells = (page: Page, card: string) =>
	page
		.locator(`#scorecard-${card} tbody tr`)
		.evaluateAll((rows) =>
			Object.fromEntries(
				rows.map((r) => [r.getAttribute('data-code'), r.querySelector('td')!.textContent!.trim()])
			)
		);

test('Niger’s findings and scorecard show the values of the data files', async ({ page }) => {
	await gotoReady(page, '/pays/ner/');
	const pefa = (code: string) => {
		const [indicator, dimension = ''] = code.includes('.') ? [code.split('.')[0], code] : [code];
		return scores.find(
			(r) =>
				r.source === 'pefa' &&
				r.country === 'NER' &&
				r.year === '2023' &&
				r.indicator === indicator &&
				r.dimension === dimension
		)!.score;
	};
	const codes = ['PI-1', 'PI-2', 'PI-9', 'PI-24', 'PI-24.2', 'PI-30', 'PI-31'];
	await expect(page.locator('#scorecard-pefa h3')).toHaveText('PEFA 2023');
	expect(await scorecardCells(page, 'pefa')).toEqual(
		Object.fromEntries(codes.map((c) => [c, pefa(c)]))
	);
	const obs = (indicator: string) =>
		Number(
			scores.find(
				(r) =>
					r.source === 'obs' &&
					r.edition === 'OBS 2023' &&
					r.country === 'NER' &&
					r.indicator === indicator
			)!.value
		);
	expect(await scorecardCells(page, 'obs')).toEqual({
		transparency: `${Math.round(obs('transparency'))}/100`,
		oversight: `${Math.round(obs('oversight'))}/100`,
		participation: `${Math.round(obs('participation'))}/100`
	});
	const gdi = (indicator: string) =>
		scores.find(
			(r) =>
				r.source === 'gdi' &&
				r.edition === 'GDI 2020' &&
				r.country === 'NER' &&
				r.indicator === indicator
		)!;
	const gdiCells = await scorecardCells(page, 'gdi');
	expect(gdiCells.overall).toMatch(new RegExp(`^bande ${gdi('overall').score} `));
	expect(gdiCells.financial).toMatch(
		new RegExp(`^${gdi('financial').value}/100 \\(bande ${gdi('financial').score}\\)$`)
	);
	expect(gdiCells.Q26).toBe(gdi('Q26').score);
	await expect(page.locator('#scorecard-gdi').getByRole('link').first()).toHaveAttribute(
		'href',
		gdi('overall').source_url!
	);

	// findings: SIPRI growth, then the 2024 finance law beside SIPRI's 2024 figure
	const findings = page.getByRole('region', { name: 'Constats clés' }).getByRole('listitem');
	await expect(findings).toHaveCount(5);
	const growth =
		sipri('NER', 2024, 'usd_constant_2023') / sipri('NER', 2005, 'usd_constant_2023') - 1;
	await expect(findings.first()).toContainText(`+${fr1(growth * 100)}\u202f%`);
	const law = budgets.find(
		(b) =>
			b.country === 'NER' &&
			b.year === '2024' &&
			b.scope === 'defence_security' &&
			b.measure === 'amount'
	)!;
	await expect(findings.nth(1)).toContainText(`${fr1(Number(law.value) / 1e9)}\u00a0Mds\u00a0FCFA`);
	await expect(findings.nth(1)).toContainText(
		`${fr1(sipri('NER', 2024, 'lcu_current') / 1e9)}\u00a0Mds\u00a0FCFA`
	);
	await expect(findings.nth(1).getByRole('link').first()).toHaveAttribute('href', law.source_url!);
	await expect(findings.nth(3)).toContainText(
		`transparence ${Math.round(obs('transparency'))}/100`
	);
});

test('Mauritania: not surveyed by the OBS; no GDI 2020 page, its 2015 band', async ({ page }) => {
	await gotoReady(page, '/pays/mrt/');
	await expect(page.locator('#scorecard-obs [data-empty]')).toHaveText(
		'Pays non couvert par l’Enquête sur le budget ouvert de l’IBP.'
	);
	const band = scores.find(
		(r) => r.source === 'gdi' && r.country === 'MRT' && r.indicator === 'overall'
	)!;
	expect(band.edition).toBe('GI 2015');
	await expect(page.locator('#scorecard-gdi [data-empty]')).toContainText(
		`Pas de page pays dans l’indice GDI 2020. Édition GI 2015 : bande ${band.score}`
	);
	// the 2025 defence budget sits beside SIPRI's line, in ouguiyas
	const chart = page.getByRole('figure', { name: /budgets nationaux publiés/ });
	await expect(chart.locator('path.diamond')).toHaveCount(
		budgets.filter((b) => b.country === 'MRT' && b.measure === 'amount' && b.scope === 'defence')
			.length
	);
});

for (const path of ['/pays/ner/', '/en/pays/mrt/'])
	test(`${path} has no serious axe violation with its tables open, and fits 390 px`, async ({
		page
	}) => {
		await gotoReady(page, path);
		await expectOpenPageAccessibleAndNarrow(page);
	});

test('profiles read top-down: at most 4,500 px at 1280 px, the findings on the first screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const iso3 of ['bfa', 'mli', 'mrt', 'ner', 'tcd']) {
		await gotoReady(page, `/pays/${iso3}/`);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height, iso3).toBeLessThanOrEqual(4500);
		const findings = page.getByRole('region', { name: 'Constats clés' });
		const box = (await findings.getByRole('listitem').nth(2).boundingBox())!;
		expect(box.y + box.height, iso3).toBeLessThanOrEqual(900);
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('Niger’s profile shows its findings, scorecard and dated events from the HTML alone', async ({
		page
	}) => {
		await page.goto('/pays/ner/');
		await expect(
			page.getByRole('region', { name: 'Constats clés' }).getByRole('listitem')
		).toHaveCount(5);
		await expect(page.locator('#scorecard-pefa tbody tr')).toHaveCount(7);
		// two trend charts, each marking Niger's events
		await expect(page.locator('figure g.event')).toHaveCount(2 * nigerEvents.length);
		await expect(
			page.getByRole('figure', { name: /budgets nationaux publiés/ }).locator('path.diamond')
		).toHaveCount(
			budgets.filter(
				(b) =>
					b.country === 'NER' &&
					b.measure === 'amount' &&
					b.unit === 'XOF' &&
					!b.year_end &&
					!['state_budget', 'military_programming'].includes(b.scope!)
			).length
		);
	});

	test('Mali’s profile shows its growth finding and its charts with their dated events from the HTML alone', async ({
		page
	}) => {
		await page.goto('/pays/mli/');
		const findings = page.getByRole('region', { name: 'Constats clés' }).getByRole('listitem');
		// SIPRI, constant 2023 US$ m: 906.37 (2024) / 111.17 (2005) − 1 = +715.3 %
		const growth =
			sipri('MLI', 2024, 'usd_constant_2023') / sipri('MLI', 2005, 'usd_constant_2023') - 1;
		await expect(findings.first()).toContainText(`+${fr1(growth * 100)}\u202f%`);
		// two trend charts, each marking Mali's 6 events bearing on spending before 2025
		const maliEvents = events.filter(
			(e) => e.country === 'MLI' && TREND_KINDS.includes(e.kind!) && e.date! < '2025'
		);
		await expect(page.locator('figure g.event')).toHaveCount(2 * maliEvents.length);
		await expect(page.locator('figure svg[role="img"] g.line path').first()).toBeVisible();
	});
});
