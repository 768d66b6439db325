import { describe, expect, test } from 'vitest';
import type { IndicatorResult } from './define-indicator.ts';
import type { Fingerprint } from './fingerprint.ts';
import { buildIndicatorSet, selectResults } from './indicator-set.ts';
import { indicatorSetToCsv } from './indicator-set-csv.ts';
import { indicatorSetToJson } from './indicator-set-json.ts';
import { readIndicatorSetCsv } from './indicator-set-read.ts';
import { METHODOLOGY_VERSION } from './methodology-version.ts';

const results: IndicatorResult[] = [
	{
		id: 'execution-rate',
		country: 'NER',
		year: 2021,
		value: 0.939754398496,
		unit: 'ratio',
		measure: 'approved',
		coverage: { n: 5, total: 5 }
	},
	// A buyer name from an imported file that a spreadsheet would run as a formula.
	{
		id: 'supplier-concentration',
		country: 'BFA',
		year: 2022,
		value: 0.52,
		unit: 'share',
		measure: 'top_supplier_share',
		group: { by: 'buyer', name: '=HYPERLINK("http://x";"y")' }
	},
	// A two-year comparison: kept or dropped by its last year, 2023.
	{ id: 'milex-growth', country: 'MLI', year: 2023, fromYear: 2019, value: -0.125, unit: 'growth' },
	{
		id: 'competitive-share',
		country: 'MLI',
		year: 2020,
		value: null,
		unit: 'share',
		score: 'D',
		coverage: { n: 0, total: 3 }
	},
	// A PEFA-style score decided on three years: the years travel with the letter.
	{
		id: 'pefa-pi1-aggregate-outturn',
		country: 'NER',
		year: 2022,
		value: 0.97,
		unit: 'ratio',
		score: 'A',
		scoredYears: [2020, 2021, 2022],
		coverage: { n: 10, total: 10 }
	}
];
const fingerprint: Fingerprint = {
	algorithm: 'sha256',
	value: 'a'.repeat(64),
	inputs: [
		{ name: 'data/sipri-milex.csv', sha256: 'b'.repeat(64) },
		{ name: 'marchés 2022.csv', sha256: 'c'.repeat(64), options_sha256: 'd'.repeat(64) }
	]
};
const at = new Date('2026-11-23T10:00:00Z');
const all = { countries: null, from: null, to: null };

describe('buildIndicatorSet', () => {
	test('an empty selection is written out as every country and the full year span', () => {
		const set = buildIndicatorSet(results, all, fingerprint, {}, at);
		expect(set.meta).toEqual({
			format: 'vigie-indicator-set',
			methodology_version: METHODOLOGY_VERSION,
			app_version: '0.1.0',
			generated: '2026-11-23T10:00:00.000Z',
			countries: ['BFA', 'MLI', 'NER'],
			from: 2020,
			to: 2023,
			fingerprint
		});
		expect(set.results).toHaveLength(5);
	});
	test('keeps only the chosen countries and years; a comparison counts by its last year', () => {
		const set = buildIndicatorSet(
			results,
			{ countries: ['MLI'], from: 2021, to: 2023 },
			fingerprint
		);
		expect(set.results.map((r) => r.id)).toEqual(['milex-growth']);
		expect(set.meta).toMatchObject({ countries: ['MLI'], from: 2021, to: 2023 });
		expect(selectResults(results, { countries: null, from: 2020, to: 2022 })).toHaveLength(4);
	});
});

describe('indicatorSetToCsv', () => {
	const set = buildIndicatorSet(results, all, fingerprint, {}, at);
	test('starts with a BOM and the metadata block, then the result columns', () => {
		const lines = indicatorSetToCsv(set).split('\r\n');
		expect(lines.slice(0, 12)).toEqual([
			'\uFEFF# format: vigie-indicator-set',
			`# methodology_version: ${METHODOLOGY_VERSION}`,
			'# app_version: 0.1.0',
			'# generated: 2026-11-23T10:00:00.000Z',
			'# countries: BFA MLI NER',
			'# from: 2020',
			'# to: 2023',
			`# fingerprint_sha256: ${'a'.repeat(64)}`,
			'# fingerprint_recipe: README.md#indicator-set and /methodologie/#indicator-set',
			`# input: ${'b'.repeat(64)} - data/sipri-milex.csv`,
			`# input: ${'c'.repeat(64)} ${'d'.repeat(64)} marchés 2022.csv`,
			'id,country,year,from_year,measure,group_by,group_name,value,unit,score,score_years,coverage_n,coverage_total'
		]);
		expect(lines[12]).toBe('execution-rate,NER,2021,,approved,,,0.939754398496,ratio,,,5,5');
		expect(lines).toContain(
			'pefa-pi1-aggregate-outturn,NER,2022,,,,,0.97,ratio,A,2020 2021 2022,10,10'
		);
	});
	test('neutralises a formula-like name but leaves a negative number a number (;)', () => {
		const csv = indicatorSetToCsv(set, ';');
		expect(csv).toContain(
			'supplier-concentration;BFA;2022;;top_supplier_share;buyer;"\'=HYPERLINK(""http://x"";""y"")";0.52;share;;;;'
		);
		expect(csv).toContain('milex-growth;MLI;2023;2019;;;;-0.125;growth;;;;');
	});
	test('reads back to the same set as the JSON, with either separator', () => {
		const json = JSON.parse(indicatorSetToJson(set));
		for (const separator of [',', ';'] as const) {
			const back = readIndicatorSetCsv(indicatorSetToCsv(set, separator));
			expect(back.meta).toEqual(json.meta);
			// only the neutralised name differs: the apostrophe stays, as a spreadsheet shows it
			const name = back.results[1]!.group!.name;
			expect(name).toBe(`'${results[1]!.group!.name}`);
			back.results[1]!.group!.name = results[1]!.group!.name;
			expect(back.results).toEqual(results);
		}
	});
});

describe('indicatorSetToJson', () => {
	test('writes the three years a PEFA-style letter was decided on as score_years', () => {
		const set = buildIndicatorSet(results, all, fingerprint, {}, at);
		const json = JSON.parse(indicatorSetToJson(set));
		expect(json.results.find((r: { id: string }) => r.id === 'pefa-pi1-aggregate-outturn')).toEqual(
			{
				id: 'pefa-pi1-aggregate-outturn',
				country: 'NER',
				year: 2022,
				value: 0.97,
				unit: 'ratio',
				score: 'A',
				score_years: [2020, 2021, 2022],
				coverage: { n: 10, total: 10 }
			}
		);
	});

	test('is { meta, results } with results in the CLI shape (from_year, optional fields absent)', () => {
		const set = buildIndicatorSet(
			results,
			{ countries: ['MLI'], from: null, to: null },
			fingerprint,
			{},
			at
		);
		const json = JSON.parse(indicatorSetToJson(set));
		expect(Object.keys(json)).toEqual(['meta', 'results']);
		expect(json.meta.fingerprint.value).toBe('a'.repeat(64));
		expect(json.results).toEqual([
			{
				id: 'milex-growth',
				country: 'MLI',
				year: 2023,
				from_year: 2019,
				value: -0.125,
				unit: 'growth'
			},
			{
				id: 'competitive-share',
				country: 'MLI',
				year: 2020,
				value: null,
				unit: 'share',
				score: 'D',
				coverage: { n: 0, total: 3 }
			}
		]);
	});
});
