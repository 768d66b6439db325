import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoReady, importFiles } from './ready.ts';
import { vigie } from './cli.ts';

const FIXTURES = 'src/lib/ingest/fixtures';
const FILES = [
	`${FIXTURES}/niger-budget-fr-cp1252.csv`,
	`${FIXTURES}/ocds-contracts-utf8-bom.csv`,
	`${FIXTURES}/oversight-pipe.txt`
];

type CliRow = {
	id: string;
	country: string;
	year: number;
	from_year?: number;
	measure?: string;
	group?: { by: string; name: string };
	value: number | null;
	score_years?: number[];
};

/**
 * Every indicator row on the page equals the CLI's, value for value. The page shows one
 * indicator's rows at a time (its detail, `drill=indicator:<id>`): each is opened from the
 * overview in turn, once the overview counts the CLI's rows for it (the view is then computed
 * on the same data as the terminal).
 */
async function expectSameAsCli(page: Page, cli: CliRow[]): Promise<void> {
	await expect(page.locator('[data-view-state="ready"]')).toBeVisible({ timeout: 90_000 });
	const counts = new Map<string, number>();
	for (const r of cli) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
	const rows: Record<string, string | undefined>[] = [];
	for (const [id, n] of counts) {
		const overview = page.locator(`tr[data-overview="${id}"]`);
		await expect(overview).toHaveAttribute('data-count', String(n), { timeout: 90_000 });
		await overview.getByRole('link').click();
		const detail = page.locator(`[data-detail="${id}"]`);
		await expect(detail).toHaveAttribute('data-rows', String(n), { timeout: 90_000 });
		rows.push(
			...(await detail
				.locator('tr[data-indicator]')
				.evaluateAll((trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset }))))
		);
	}
	expect(rows.length).toBe(cli.length);
	const key = (r: {
		id?: string;
		country?: string;
		year?: string | number;
		fromYear?: string | number;
		measure?: string;
		group?: string;
	}) => [r.id, r.country, r.year, r.fromYear ?? '', r.measure ?? '', r.group ?? ''].join('|');
	const inBrowser = new Map(rows.map((r) => [key({ ...r, id: r.indicator }), r.value]));
	const scoreYears = new Map(rows.map((r) => [key({ ...r, id: r.indicator }), r.scoreYears]));
	const ids = new Set(cli.map((r) => r.id));
	for (const id of [
		'execution-rate',
		'pefa-pi1-aggregate-outturn',
		'competitive-share',
		'derogation-share',
		'audit-coverage',
		'milex-burden'
	])
		expect(ids, id).toContain(id);
	// One assertion over all rows: thousands of separate expect() calls cost a minute of steps.
	const mismatches: string[] = [];
	for (const r of cli) {
		const k = key({
			...r,
			fromYear: r.from_year,
			group: r.group ? `${r.group.by}=${r.group.name}` : ''
		});
		const value = inBrowser.get(k);
		if (value === undefined) mismatches.push(`${k}: missing in the browser`);
		else if (r.value === null ? value !== '' : Math.abs(Number(value) - r.value) >= 5e-10)
			mismatches.push(`${k}: browser ${value}, CLI ${r.value}`);
		// a PEFA-style letter names the same three years on the page as in the terminal
		if (scoreYears.get(k) !== (r.score_years?.join(' ') ?? ''))
			mismatches.push(`${k}: scored on ${scoreYears.get(k)} in the browser, ${r.score_years}`);
	}
	expect(mismatches).toEqual([]);
}

test('the browser computes every indicator exactly as `vigie indicators` does on the same files', async ({
	page
}) => {
	test.setTimeout(180_000);
	// The CLI runs beside the page (tests/e2e/cli.ts); its answer is awaited when needed.
	const cliRun = vigie('indicators', ...FILES, '--with-default', '--json');
	await importFiles(page, FILES);
	await page.getByRole('link', { name: 'Indicateurs', exact: true }).click();
	const cli: CliRow[] = JSON.parse(await cliRun).results;
	await expectSameAsCli(page, cli);
});

test('on imported records the matrix is a heatmap labelled as theirs, each verdict with its four parts', async ({
	page
}) => {
	test.setTimeout(180_000);
	const files = ['budget', 'contracts', 'oversight'].map(
		(k) => `src/lib/indicators/accountability-gap/fixture-${k}.csv`
	);
	const cli: (CliRow & { score?: string })[] = JSON.parse(
		await vigie('indicators', ...files, '--id', 'accountability-gap', '--json')
	).results;
	const gap = cli.find((r) => r.score === 'gap');
	expect(gap).toBeDefined();
	await importFiles(page, files);
	await gotoReady(page, '/indicateurs/');
	const matrix = page.locator('section.matrix[data-demo]');
	// computed on the user's records, and says so: no demo label
	await expect(matrix).toHaveAttribute('data-demo', 'false', { timeout: 90_000 });
	await expect(matrix.getByRole('heading', { level: 2 })).toHaveText(
		'Matrice du déficit de redevabilité — vos données importées'
	);
	const cell = matrix.locator(`g.mark[data-cell="${gap!.country}|${gap!.year}"]`);
	await expect(cell).toHaveAttribute('data-verdict', 'gap');
	// one colour and one symbol: the concern tone, the ▲ written beside the mark
	await expect(cell).toHaveAttribute('data-tone', 'concern');
	await expect(cell).toHaveAttribute(
		'aria-label',
		/déficit de redevabilité — croissance des dépenses/
	);
	// the four parts of the CLI's cell, in the panel that click opens
	await cell.click();
	const parts = page.locator('#demo-matrix-parts-heading').locator('..');
	await expect(parts.locator('tr[data-part]')).toHaveCount(5);
	const growth = cli.find(
		(r) => r.country === gap!.country && r.year === gap!.year && r.measure === 'spending_growth'
	)!;
	// fr-FR, one decimal, narrow no-break space before %
	await expect(parts.locator('tr[data-part="spending_growth"]')).toContainText(
		`${(growth.value! * 100).toFixed(1).replace('.', ',')}\u202f%`
	);
});

test('by default the matrix is the one on published data: SIPRI, OBS, PEFA, GDI — no demo — and it transposes on a phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/indicateurs/');
	const figure = page.locator('#real-matrix');
	await expect(figure.locator('g.mark[data-cell]')).toHaveCount(45);
	await expect(figure).not.toContainText(/fictive|démonstration/);
	// every part names its source: SIPRI's database, IBP's survey (Data360), PEFA's batch
	// download, TI's GDI pages — the verdict and overall cells are Vigie's construction
	const sources = await figure
		.locator('g.mark[data-cell]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-source') ?? ''));
	const hosts = new Set(sources.filter(Boolean).map((u) => new URL(u).host));
	expect([...hosts].sort()).toEqual([
		'data360files.worldbank.org',
		'github.com',
		'ti-defence.org',
		'www.sipri.org'
	]);
	const labels = await figure
		.locator('g.mark[data-cell]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''));
	for (const source of [
		'SIPRI',
		'Open Budget Survey',
		'PEFA',
		'Government Defence Integrity Index'
	])
		expect(
			labels.some((l) => l.includes(source)),
			source
		).toBe(true);
	const heatmap = page.locator('.heatmap', { has: page.locator('#real-matrix') });
	await expect(heatmap).toHaveAttribute('data-transposed', 'false');
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(heatmap).toHaveAttribute('data-transposed', 'true');
	expect(Number(await figure.locator('svg').getAttribute('width'))).toBeLessThan(400);
	// transposed: the five countries across, Mauritania's column right of Mali's
	const x = async (cell: string) =>
		Number(await figure.locator(`g.mark[data-cell="${cell}"] rect.hit`).getAttribute('x'));
	expect(await x('MRT|cell')).toBeGreaterThan(await x('MLI|cell'));
	expect(await x('MLI|growth')).toBe(await x('MLI|cell'));
});

test('keyboard: Tab reaches a cell of the matrix, Enter shows its parts with their sources', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/indicateurs/');
	// the link just before the figure, then Tab: the first cell (Burkina Faso's verdict)
	await page.getByRole('link', { name: 'Construction de la matrice (méthodologie)' }).focus();
	await page.keyboard.press('Tab');
	const first = page.locator('#real-matrix g.mark[data-cell="BFA|cell"]');
	await expect(first).toBeFocused();
	await expect(page.locator('#real-matrix .readout')).toContainText('Burkina Faso, Verdict');
	await page.keyboard.press('Tab');
	await expect(page.locator('#real-matrix g.mark[data-cell="BFA|growth"]')).toBeFocused();
	await page.keyboard.press('Enter');
	const heading = page.locator('#real-matrix-parts-heading');
	await expect(heading).toBeFocused();
	await expect(heading).toHaveText('Burkina Faso — déficit de redevabilité');
	const parts = heading.locator('..');
	await expect(parts.locator('tr[data-part]')).toHaveCount(9);
	await expect(parts.locator('tr[data-highlight="true"]')).toHaveAttribute('data-part', 'growth');
	// each published part links to its source
	for (const [part, host] of [
		['growth', 'www.sipri.org'],
		['obs_legislative', 'data360files.worldbank.org'],
		['pefa_pi30', 'github.com'],
		['gdi_q26', 'ti-defence.org']
	])
		expect(
			new URL((await parts.locator(`tr[data-part="${part}"] a`).getAttribute('href'))!).host,
			part
		).toBe(host);
	await parts.getByRole('button', { name: 'Fermer' }).click();
	await expect(heading).toHaveCount(0);
});

test('with nothing imported, the page computes on the demo data, says so, and equals `vigie indicators --with-demo`', async ({
	page
}) => {
	test.setTimeout(180_000);
	const cli: CliRow[] = JSON.parse(
		await vigie('indicators', '--with-default', '--with-demo', '--json')
	).results;
	await gotoReady(page, '/indicateurs/');
	await expect(page.locator('p[role="note"][data-demo]')).toHaveAttribute(
		'data-demo',
		'budget contracts oversight',
		{
			timeout: 90_000
		}
	);
	await expect(
		page.getByText(/Calculé sur : Données fictives de démonstration, SIPRI/)
	).toBeVisible();
	await expectSameAsCli(page, cli);
});

test('the matrix on published data exports as CSV (every part with its source) and as SVG', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoReady(page, '/indicateurs/');
	const figure = page.locator('#real-matrix');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Données CSV (Excel français, ;)' }).click()
	]);
	const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
	expect(lines.find((l) => l.startsWith('Pays;'))).toBe(
		'Pays;Composante;Valeur;Lecture;Année;Source;Adresse de la source'
	);
	// Chad's legislative oversight, OBS 2023: 22.25 in the file, 22,3/100 weak
	expect(lines.find((l) => l.startsWith('Tchad;Parlement (OBS)'))).toMatch(
		/^Tchad;Parlement \(OBS\);22,3\/100;faible;2023;International Budget Partnership, Open Budget Survey 2023/
	);
	// 5 countries × 9 dimensions
	expect(lines.filter((l) => /^(Burkina Faso|Mali|Mauritanie|Niger|Tchad);/.test(l))).toHaveLength(
		45
	);
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: 'Image SVG' }).click()
	]);
	const text = readFileSync(await svg.path(), 'utf8');
	// the legend's symbols and words, the cells' symbols and values; no hit areas
	expect(text).toContain('non publié ou non noté');
	expect(text).toContain('▲ D+');
	expect(text).not.toMatch(/class="hit/);
});

for (const lang of ['', '/en'])
	test(`${lang}/indicateurs/ with a detail and a matrix cell open has no serious or critical axe violation`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await gotoReady(page, `${lang}/indicateurs/?drill=indicator:audit-coverage`);
		await expect(page.locator('[data-detail="audit-coverage"]')).toBeVisible({ timeout: 150_000 });
		await page.locator('#real-matrix g.mark[data-cell="NER|pefa_pi31"]').click();
		await page.locator('#demo-matrix g.mark[data-cell="MLI|2021"]').click();
		await expect(page.locator('#real-matrix-parts-heading')).toBeVisible();
		await expect(page.locator('#demo-matrix-parts-heading')).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(
			results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
