import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readIndicatorSetCsv } from '../../lib/indicators/indicator-set-read.ts';
import { METHODOLOGY_VERSION } from '../../lib/indicators/methodology-version.ts';
import { runVigie as vigie } from '../../lib/ingest/fixtures/run-vigie.ts';

const oracle = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const OVERSIGHT = 'src/lib/indicators/accountability-gap/fixture-oversight.csv';
// A budget whose institution a spreadsheet would run as a formula; executed ÷ approved:
// BFA 2022 800 / 1 000 = 0.8; MLI 2022 1 500 / 2 000 = 0.75; MLI 2023 1 900 / 2 000 = 0.95.
const BUDGET = `country,year,institution,sector,category,line_label,approved,revised,executed,currency,classified
BFA,2022,"=HYPERLINK(""http://x"",""y"")",defence,personnel,Soldes,1000,1000,800,XOF,false
MLI,2022,Défense,defence,personnel,Soldes,2000,2000,1500,XOF,false
MLI,2023,Défense,defence,personnel,Soldes,2000,2000,1900,XOF,false
`;

type Run = Awaited<ReturnType<typeof vigie>>;
let budget = '';
let json: Run, reversed: Run, csv: Run;

beforeAll(async () => {
	budget = join(await mkdtemp(join(tmpdir(), 'vigie-set-')), 'budget.csv');
	await writeFile(budget, BUDGET);
	[json, reversed, csv] = await Promise.all([
		vigie('indicators', budget, OVERSIGHT, '--json'),
		vigie('indicators', OVERSIGHT, budget, '--json'),
		vigie(
			'indicators',
			budget,
			OVERSIGHT,
			'--csv',
			'--separator',
			';',
			'--country',
			'mli,NER',
			'--from',
			'2023',
			'--to',
			'2023'
		)
	]);
}, 90_000);

describe('vigie indicators --json', () => {
	test('writes { meta, results } with the versions and each input’s own SHA-256', async () => {
		expect(json.code).toBe(0);
		const { meta } = JSON.parse(json.stdout);
		expect(meta).toMatchObject({
			format: 'vigie-indicator-set',
			methodology_version: METHODOLOGY_VERSION,
			app_version: '0.1.0'
		});
		expect(Date.now() - Date.parse(meta.generated)).toBeLessThan(120_000);
		const hashes = meta.fingerprint.inputs.map((i: { sha256: string }) => i.sha256);
		expect(hashes).toEqual([oracle(BUDGET), oracle(await readFile(OVERSIGHT))]);
		const entries = meta.fingerprint.inputs.map(
			(i: { sha256: string; options_sha256: string }) => `${i.sha256}:${i.options_sha256}`
		);
		expect(meta.fingerprint.value).toBe(oracle(entries.sort().join('\n')));
	});
	test('computes the hand-checked execution rates', () => {
		const { results } = JSON.parse(json.stdout);
		const rate = (country: string, year: number) =>
			results.find(
				(r: Record<string, unknown>) =>
					r.id === 'execution-rate' &&
					r.country === country &&
					r.year === year &&
					r.measure === 'approved' &&
					!r.group
			)?.value;
		expect([rate('BFA', 2022), rate('MLI', 2022), rate('MLI', 2023)]).toEqual([0.8, 0.75, 0.95]);
	});
	test('gives the same fingerprint and results whatever the order of the files', () => {
		const [a, b] = [JSON.parse(json.stdout), JSON.parse(reversed.stdout)];
		expect(b.meta.fingerprint.value).toBe(a.meta.fingerprint.value);
		expect(b.results).toEqual(a.results);
	});
});

describe('vigie indicators --csv --separator ; --country --from --to', () => {
	test('keeps only the chosen countries and years, with the same fingerprint as --json', () => {
		expect(csv.code).toBe(0);
		expect(csv.stdout.startsWith('\uFEFF# format: vigie-indicator-set\r\n')).toBe(true);
		const set = readIndicatorSetCsv(csv.stdout);
		expect(set.meta).toMatchObject({ countries: ['MLI', 'NER'], from: 2023, to: 2023 });
		expect(set.meta.fingerprint).toEqual(JSON.parse(json.stdout).meta.fingerprint);
		expect(set.results.length).toBeGreaterThan(0);
		expect(set.results.every((r) => r.country === 'MLI' && r.year === 2023)).toBe(true);
	});
	test('neutralises a formula-like institution name', async () => {
		const { stdout } = await vigie(
			'indicators',
			budget,
			'--csv',
			'--id',
			'execution-rate',
			'--country',
			'BFA'
		);
		expect(stdout).toContain(',institution,"\'=HYPERLINK(""http://x"",""y"")",0.8,');
		expect(stdout).not.toMatch(/,=HYPERLINK/);
		expect(stdout).toContain('# indicators: execution-rate\r\n');
	});
	test('refuses a separator other than , or ;', async () => {
		const { code, stderr } = await vigie('indicators', budget, '--csv', '--separator', '|');
		expect(code).toBe(2);
		expect(stderr).toContain("--separator is ',' or ';'");
	});
});

// A Chadian contracts list where a third of the year's value went through a « marché spécial –
// secret défense », which states no procurement method (the import reads the regime from the
// method cell and leaves the method unknown). Year 2022 total 1 050 M FCFA:
//   open 480 + restricted 120 = 600 competitive; direct 100; marché spécial 350 = 1/3.
//   competitive share = 600 / 1 050 = 0.571428571429 -> D, on all four contracts (4/4);
//   dropping the marché spécial as "method unknown" would have given 600 / 700 = 0.857 -> A.
//   derogation share = 350 / 1 050 = 1/3; direct-award share = 100 / 1 050.
const SPECIAL = `Acheteur;Référence;Objet;Mode de passation;Titulaire;Montant (FCFA);Date d'attribution
Ministère de la Défense;M-01;Rations;Appel d'offres ouvert;Tchad Vivres;480 000 000;2022-02-01
Ministère de la Défense;M-02;Tentes;Appel d'offres restreint;Kanem Toiles;120 000 000;2022-03-01
Ministère de la Défense;M-03;Carburant;Entente directe;Petro Tchad;100 000 000;2022-04-01
Ministère de la Défense;M-04;Blindés;Marché spécial – secret défense;Arme Import;350 000 000;2022-05-01
`;
const PI1 = 'src/lib/indicators/pefa-pi1-aggregate-outturn/fixture.csv';

describe('vigie indicators on derogations and three-year scores', () => {
	let special: Run, pi1: Run, pi1Text: Run, pi1Csv: Run;
	beforeAll(async () => {
		const file = join(await mkdtemp(join(tmpdir(), 'vigie-special-')), 'marches-tchad.csv');
		await writeFile(file, SPECIAL);
		[special, pi1, pi1Text, pi1Csv] = await Promise.all([
			vigie('indicators', file, '--file-country', 'TCD', '--json'),
			vigie('indicators', PI1, '--id', 'pefa-pi1-aggregate-outturn', '--json'),
			vigie('indicators', PI1, '--id', 'pefa-pi1-aggregate-outturn', '--country', 'BFA'),
			vigie('indicators', PI1, '--id', 'pefa-pi1-aggregate-outturn', '--csv')
		]);
	}, 90_000);
	const find = (run: Run, id: string, measure?: string, year = 2022) =>
		JSON.parse(run.stdout).results.find(
			(r: { id: string; measure?: string; year: number }) =>
				r.id === id && r.measure === measure && r.year === year
		);

	test('a third of the value under the defence-secret regime stays in the competitive share', () => {
		expect(special.code).toBe(0);
		expect(find(special, 'competitive-share', 'value')).toEqual({
			id: 'competitive-share',
			country: 'TCD',
			year: 2022,
			measure: 'value',
			value: 0.571428571429,
			unit: 'share',
			score: 'D',
			coverage: { n: 4, total: 4 }
		});
		expect(find(special, 'competitive-share', 'count').value).toBe(0.5);
		expect(find(special, 'derogation-share', 'value').value).toBe(0.333333333333);
		expect(find(special, 'direct-award-share', 'value').value).toBe(0.0952380952381);
	});

	test('a PEFA-style letter carries its three years in JSON, CSV and text', () => {
		// BFA 2021: 2019 1.00, 2020 0.90, 2021 0.98 -> A in two of 2019–2021 (fixture's own test)
		expect(find(pi1, 'pefa-pi1-aggregate-outturn', undefined, 2021)).toMatchObject({
			score: 'A',
			score_years: [2019, 2020, 2021]
		});
		// BFA 2023 has no executed figure: no letter, no years
		const y2023 = find(pi1, 'pefa-pi1-aggregate-outturn', undefined, 2023);
		expect(y2023.score).toBeUndefined();
		expect(y2023.score_years).toBeUndefined();
		const csv = readIndicatorSetCsv(pi1Csv.stdout).results;
		expect(csv.find((r) => r.country === 'BFA' && r.year === 2021)?.scoredYears).toEqual([
			2019, 2020, 2021
		]);
		expect(pi1Text.stdout).toContain(
			'pefa-pi1-aggregate-outturn BFA 2021 0.98 ratio [A 2019–2021]'
		);
	});
});
