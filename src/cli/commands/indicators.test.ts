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
