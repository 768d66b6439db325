/**
 * The shipped `data/governance-scores.csv` against the source files, re-read here with code that
 * shares nothing with the converter, plus values checked by hand against the sources and IBP's
 * own pages. (`committed-data.test.ts` checks the file is what `npm run data` writes.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

const SOURCE = resolve(
	process.env['VIGIE_SOURCE_DATA'] ?? join(process.cwd(), '..', 'shared', 'data')
);
type Row = Record<string, string>;
const csv = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const shipped = csv(readFileSync(join(process.cwd(), 'data', 'governance-scores.csv'), 'utf8'));
const G5: Record<string, string> = {
	'Burkina Faso': 'BFA',
	Mali: 'MLI',
	Mauritania: 'MRT',
	Niger: 'NER',
	Chad: 'TCD'
};
const find = (where: Partial<Row>) =>
	shipped.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));

describe('PEFA scores equal the PEFA batch download', () => {
	const raw = csv(readFileSync(join(SOURCE, 'pefa/pefa-assessments-2016-framework.csv'), 'utf8'));
	const g5 = raw.filter((r) => G5[r['Country'] as string]);

	test('the eight G5 assessments, every PI column, one row each, same letter', () => {
		expect(g5.map((r) => `${G5[r['Country'] as string]} ${r['Year']}`).sort()).toEqual([
			'BFA 2017',
			'MLI 2018',
			'MLI 2020',
			'MLI 2021',
			'MRT 2020',
			'NER 2017',
			'NER 2023',
			'TCD 2018'
		]);
		let compared = 0;
		for (const record of g5) {
			for (const [column, letter] of Object.entries(record)) {
				if (!column.startsWith('PI-')) continue;
				// PI-01 → PI-1 and PI-24.2 stays PI-24.2: PEFA's own notation
				const code = column.replace(/^PI-0/, 'PI-');
				const [indicator] = code.split('.');
				const rows = find({
					source: 'pefa',
					country: G5[record['Country'] as string],
					year: record['Year'],
					indicator,
					dimension: code.includes('.') ? code : ''
				});
				expect(
					rows.map((r) => r['score']),
					`${record['Country']} ${record['Year']} ${column}`
				).toEqual([letter]);
				compared++;
			}
		}
		expect(compared).toBe(8 * 125); // 125 PI columns (3 id columns and 4 UHLG ones left out)
		expect(find({ source: 'pefa' })).toHaveLength(compared);
	});

	test('letters read by hand in the source file', () => {
		// Niger 2017 row, fields 4, 92, 94, 124: D, B+, C, C+ (PI-01, PI-24, PI-24.2, PI-31)
		const ner = (indicator: string, dimension = '') =>
			find({ source: 'pefa', country: 'NER', year: '2017', indicator, dimension })[0]?.['score'];
		expect([ner('PI-1'), ner('PI-24'), ner('PI-24', 'PI-24.2'), ner('PI-31')]).toEqual([
			'D',
			'B+',
			'C',
			'C+'
		]);
		// Burkina Faso 2017, fields 92, 94, 124: D+, NR, D — "not rated" is kept, not made a D
		const bfa = (indicator: string, dimension = '') =>
			find({ source: 'pefa', country: 'BFA', year: '2017', indicator, dimension })[0]?.['score'];
		expect([bfa('PI-24'), bfa('PI-24', 'PI-24.2'), bfa('PI-31')]).toEqual(['D+', 'NR', 'D']);
		expect(find({ source: 'pefa', country: 'TCD' })[0]?.['note']).toMatch(/PEFA Tchad 2017/);
	});
});

describe('OBS scores equal the Open Budget Survey file', () => {
	const raw = csv(readFileSync(join(SOURCE, 'obs/open_budget_scores.csv'), 'utf8'));
	const columns: Record<string, string> = {
		budget_transparency_score: 'transparency',
		public_participation_score: 'participation',
		legislative_oversight_score: 'legislative_oversight',
		supreme_audit_oversight_score: 'audit_oversight',
		oversight_score: 'oversight'
	};

	test('every non-empty score of BFA, MLI, NER, TCD, with its exact text and number', () => {
		let compared = 0;
		for (const record of raw.filter((r) =>
			['BFA', 'MLI', 'NER', 'TCD'].includes(r['country_code']!)
		)) {
			const year = String(Number(record['year'])); // 2023.0 → 2023
			for (const [column, indicator] of Object.entries(columns)) {
				const text = record[column] as string;
				const rows = find({
					source: 'obs',
					edition: `OBS ${year}`,
					country: record['country_code'],
					indicator
				});
				if (text === '') expect(rows).toHaveLength(0);
				else {
					expect(rows.map((r) => r['score'])).toEqual([text]);
					expect(Number(rows[0]?.['value'])).toBe(Number(text));
					compared++;
				}
			}
		}
		// Rounds: BFA and TCD 9 (2006–2023), NER 8 (from 2008), MLI 7 (from 2010) = 33.
		// Transparency, legislative and audit every round (3 × 33 = 99), participation from
		// 2012 (4 × 6 = 24), overall oversight from 2017 (4 × 4 = 16): 139
		expect(compared).toBe(99 + 24 + 16);
	});

	test('Mauritania has no OBS row: it is not surveyed', () => {
		expect(raw.some((r) => r['country_code'] === 'MRT')).toBe(false);
		expect(find({ source: 'obs', country: 'MRT' })).toHaveLength(0);
	});

	test('IBP’s own 2023 pages: BFA 30 / 11 / 39, NER 33 / 0 / 48, and the file rounds to them', () => {
		const score = (country: string, edition: string, indicator: string) =>
			Number(find({ source: 'obs', country, edition, indicator })[0]?.['value']);
		const page = 'OBS 2023 (IBP country page)';
		for (const [country, expected] of Object.entries({ BFA: [30, 11, 39], NER: [33, 0, 48] })) {
			const indicators = ['transparency', 'participation', 'oversight'];
			expect(indicators.map((i) => score(country, page, i))).toEqual(expected);
			// 29.67 → 30, 11.06 → 11, 38.83 → 39; 32.72 → 33, 0 → 0, 48.11 → 48
			expect(indicators.map((i) => Math.round(score(country, 'OBS 2023', i)))).toEqual(expected);
		}
	});

	test('the oddities stay visible: BFA 2023 38.8 thrice, Chad 2015 3.98 here and 5 on IBP’s page', () => {
		const bfa = ['legislative_oversight', 'audit_oversight', 'oversight'].map(
			(i) => find({ source: 'obs', edition: 'OBS 2023', country: 'BFA', indicator: i })[0]
		);
		expect(new Set(bfa.map((r) => r?.['score']))).toEqual(new Set(['38.833333333333336']));
		expect(bfa.every((r) => /all three oversight columns/.test(r?.['note'] ?? ''))).toBe(true);
		const chad = find({ source: 'obs', country: 'TCD', year: '2015', indicator: 'transparency' });
		expect(chad.map((r) => [r['edition'], r['score']])).toEqual([
			['OBS 2015', '3.981650114059448'],
			['OBS 2015 (IBP archive page)', '5']
		]);
		expect(chad[0]?.['note']).toMatch(/5\/100/);
	});

	test('document availability 2006–2015 equals the survey explorer’s codes', () => {
		const explorer = JSON.parse(readFileSync(join(SOURCE, 'obs/ibp_data_2015.json'), 'utf8')) as {
			availability: Record<string, Record<string, string>>[];
		};
		const iso: Record<string, string> = { BF: 'BFA', ML: 'MLI', NE: 'NER', TD: 'TCD' };
		let compared = 0;
		for (const entry of explorer.availability)
			for (const [round, cell] of Object.entries(entry)) {
				const country = iso[cell['alpha2'] as string];
				if (!country) continue;
				for (const [key, code] of Object.entries(cell)) {
					if (key === 'alpha2' || key === 'name') continue;
					const rows = find({ country, year: round.slice(3), indicator: 'document_availability' });
					const keyOf = (d: string) => d.replaceAll('_', '');
					expect(
						rows.filter((r) => keyOf(r['dimension'] as string) === key).map((r) => r['score'])
					).toEqual([code]);
					compared++;
				}
			}
		// BFA and TCD 5 rounds, NER 4 (from 2008), MLI 3 (from 2010): 17 rounds × 8 documents
		expect(compared).toBe(17 * 8);
		// By hand: Burkina Faso 2015 audit report "SC" (soft copy), Chad 2010 audit report "NP"
		const audit = (c: string, y: string) =>
			find({ country: c, year: y, dimension: 'audit_report' })[0]?.['score'];
		expect([audit('BFA', '2015'), audit('TCD', '2010')]).toEqual(['SC', 'NP']);
	});
});

describe('GDI values read on Transparency International’s pages', () => {
	test('Burkina Faso, Mali, Niger: band, five risk areas, Q1, Q2, Q26, each with its page', () => {
		const gdi = (c: string, i: string) =>
			find({ source: 'gdi', edition: 'GDI 2020', country: c, indicator: i })[0];
		expect(gdi('BFA', 'overall')?.['score']).toBe('F');
		expect([gdi('MLI', 'political')?.['score'], gdi('MLI', 'political')?.['value']]).toEqual([
			'E',
			'32'
		]);
		expect(gdi('NER', 'financial')?.['value']).toBe('38');
		expect(['Q1', 'Q2', 'Q26'].map((q) => gdi('BFA', q)?.['value'])).toEqual(['33', '21', '0']);
		expect(gdi('NER', 'Q26')?.['source_url']).toBe(
			'https://ti-defence.org/gdi/countries/niger/?risk=financial'
		);
		for (const r of find({ source: 'gdi' })) expect(r['source_url']).toMatch(/^https:\/\//);
	});

	test('Mauritania and Chad have no GDI 2020 row, only the 2015 band', () => {
		for (const c of ['MRT', 'TCD'])
			expect(
				find({ source: 'gdi', country: c }).map((r) => `${r['edition']} ${r['score']}`)
			).toEqual(['GI 2015 F']);
	});
});
