import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
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

/** Clicks a download button of the indicator-set section and returns the file's text. */
async function download(page: Page, button: string): Promise<string> {
	const section = page.getByRole('region', { name: 'Télécharger le jeu d’indicateurs' });
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('button', { name: button, exact: true }).click()
	]);
	return readFileSync(await file.path(), 'utf8');
}

test('the downloaded indicator set equals `vigie indicators --json`, fingerprint included', async ({
	page
}) => {
	test.setTimeout(240_000);
	// The page always adds SIPRI's data, hence --with-default.
	const cli = JSON.parse(await vigie('indicators', ...FILES, '--with-default', '--json'));
	const cliNiger = JSON.parse(
		await vigie(
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
		)
	);
	await importFiles(page, FILES);
	await gotoReady(page, '/indicateurs/');
	// the page is recomputed on the imported files (the overview counts the terminal's rows);
	// the set itself is computed in the browser when a download is asked for
	const executionRows = cli.results.filter((r: { id: string }) => r.id === 'execution-rate');
	await expect(page.locator('tr[data-overview="execution-rate"]')).toHaveAttribute(
		'data-count',
		String(executionRows.length),
		{ timeout: 90_000 }
	);

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
