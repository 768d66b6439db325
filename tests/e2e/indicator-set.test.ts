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
	await gotoReady(page, '/indicateurs/');
	await expect(page.locator('[data-results="ready"]')).toBeVisible({ timeout: 90_000 });
	const [cli, cliNiger] = (await Promise.all([cliRun, nigerRun])).map((out) => JSON.parse(out));

	const json = JSON.parse(await download(page, 'JSON'));
	expect(json.results.length).toBe(cli.results.length);
	expect(json.results).toEqual(cli.results);
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
