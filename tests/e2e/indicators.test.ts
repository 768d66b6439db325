import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readIndicatorSetCsv } from '../../src/lib/indicators/indicator-set-read.ts';
import { resultToJson } from '../../src/lib/indicators/result-to-json.ts';
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

/** Every indicator row on the page equals the CLI's, value for value. */
async function expectSameAsCli(page: Page, cli: CliRow[]): Promise<void> {
	await expect(page.locator('[data-results="ready"]')).toBeVisible({ timeout: 90_000 });

	const rows = await page
		.locator('tr[data-indicator]')
		.evaluateAll((trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
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

/** Clicks a download button of the indicator-set section and returns the file's text. */
async function download(page: Page, button: string): Promise<string> {
	const section = page.getByRole('region', { name: 'Télécharger le jeu d’indicateurs' });
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('button', { name: button, exact: true }).click()
	]);
	return readFileSync(await file.path(), 'utf8');
}

// One import of the files serves both: the page's table and its downloads against the terminal.
test('the browser computes every indicator exactly as `vigie indicators` does on the same files, and its downloaded indicator set equals `vigie indicators --json`, fingerprint included', async ({
	page
}) => {
	test.setTimeout(240_000);
	// The page always adds SIPRI's data, hence --with-default.
	const cliRun = vigie('indicators', ...FILES, '--with-default', '--json');
	const nigerRun = vigie(
		'indicators',
		...FILES,
		'--with-default',
		'--country',
		'NER',
		'--from',
		'2020',
		'--to',
		'2022',
		'--json'
	);
	await importFiles(page, FILES);
	await page.getByRole('link', { name: 'Indicateurs', exact: true }).click();
	const [cli, cliNiger] = (await Promise.all([cliRun, nigerRun])).map((out) => JSON.parse(out));
	await expectSameAsCli(page, cli.results);

	const json = JSON.parse(await download(page, 'JSON'));
	expect(json.results.length).toBe(cli.results.length);
	expect(json.results).toEqual(cli.results);
	// The OCDS file's 2024 « Marché spécial » (2 150 M FCFA, no procurement method) stays in the
	// competitive share's base, in the browser as in the terminal: 450 M open ÷ (2 150 M + 450 M)
	// = 0.173076923077 -> D, on 2 of 2 contracts (dropping it would have given 450 ÷ 450 = 100 % A).
	expect(
		json.results.find(
			(r: { id: string; year: number; measure?: string }) =>
				r.id === 'competitive-share' && r.year === 2024 && r.measure === 'value'
		)
	).toMatchObject({ value: 0.173076923077, score: 'D', coverage: { n: 2, total: 2 } });
	expect(json.meta.fingerprint).toEqual(cli.meta.fingerprint);
	const { generated: _b, ...browserMeta } = json.meta;
	const { generated: _c, ...cliMeta } = cli.meta;
	expect(browserMeta).toEqual(cliMeta);

	const csvText = await download(page, 'CSV (; — Excel en français)');
	expect(csvText.startsWith('\uFEFF# format: vigie-indicator-set\r\n')).toBe(true);
	const csv = readIndicatorSetCsv(csvText);
	expect(csv.meta.fingerprint.value).toBe(cli.meta.fingerprint.value);
	expect(csv.results.map(resultToJson)).toEqual(cli.results);

	const section = page.getByRole('region', { name: 'Télécharger le jeu d’indicateurs' });
	await section.getByRole('button', { name: 'Aucun' }).click();
	await section.getByRole('checkbox', { name: 'Niger (NER)' }).check();
	await section.getByLabel('De l’année').selectOption('2020');
	await section.getByLabel('à l’année').selectOption('2022');
	const niger = JSON.parse(await download(page, 'JSON'));
	expect(niger.meta).toMatchObject({ countries: ['NER'], from: 2020, to: 2022 });
	expect(niger.results.length).toBeGreaterThan(0);
	expect(new Set(niger.results.map((r: { country: string }) => r.country))).toEqual(
		new Set(['NER'])
	);
	expect(niger.results).toEqual(cliNiger.results);
	expect(niger.meta.fingerprint.value).toBe(cli.meta.fingerprint.value);
});

test('the accountability-gap matrix shows each verdict in words with its four parts', async ({
	page
}) => {
	test.setTimeout(180_000);
	const files = ['budget', 'contracts', 'oversight'].map(
		(k) => `src/lib/indicators/accountability-gap/fixture-${k}.csv`
	);
	const cliRun = vigie('indicators', ...files, '--id', 'accountability-gap', '--json');
	await importFiles(page, files);
	const cli: CliRow[] = JSON.parse(await cliRun).results;
	const gap = cli.find((r) => (r as CliRow & { score?: string }).score === 'gap');
	expect(gap).toBeDefined();
	await gotoReady(page, '/indicateurs/');
	const matrix = page
		.getByRole('region', { name: /déficit de redevabilité/i })
		.or(page.locator('section.matrix'));
	await expect(matrix.first()).toBeVisible({ timeout: 90_000 });
	const row = page.locator('section.matrix tr', { hasText: 'Burkina Faso' });
	const years = await page.locator('section.matrix thead th').allInnerTexts();
	const cell = row.locator('td').nth(years.indexOf(String(gap!.year)) - 1);
	await expect(cell).toHaveAttribute('data-verdict', 'gap');
	await expect(cell.locator('strong')).toHaveText('▲ déficit de redevabilité');
	await expect(cell.getByRole('listitem')).toHaveCount(4);
});

test('with nothing imported, the page computes on the demo data, says so, and equals `vigie indicators --with-demo`', async ({
	page
}) => {
	test.setTimeout(180_000);
	const cliRun = vigie('indicators', '--with-default', '--with-demo', '--json');
	await gotoReady(page, '/indicateurs/');
	await expect(page.locator('[data-demo]')).toHaveAttribute(
		'data-demo',
		'budget contracts oversight',
		{
			timeout: 90_000
		}
	);
	await expect(
		page.getByText(/Calculé sur : Données fictives de démonstration, SIPRI/)
	).toBeVisible();
	await expectSameAsCli(page, JSON.parse(await cliRun).results);
});
