/**
 * The cited tables found by search (`scripts/data/cited/` → `data/national-budgets.csv`,
 * `data/events.csv`): every row opens at an address, every figure equals the text it was read
 * from, disagreeing sources both stay, and a malformed row is refused with file, row and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readCitedBudgets, readCitedEvents } from './read-cited.ts';

type Row = Record<string, string>;
const read = (name: string) =>
	Papa.parse<Row>(readFileSync(join(process.cwd(), 'data', name), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
const budgets = read('national-budgets.csv');
const events = read('events.csv');

const SCALES: Record<string, bigint> = { milliard: 9n, million: 6n, mille: 3n };

/**
 * A figure as French pages write it, exactly, as an integer: `3 235,9 milliards` →
 * 3235900000000n, `1.230.563.972.349` → 1230563972349n, `725 milliards 254 millions 753 mille`
 * → 725254753000n. Independent of the converter, which never parses this column.
 */
function parseAmount(text: string): bigint {
	let total = 0n;
	const parts = text.matchAll(/(\d(?:[\d.]|\s(?=\d))*(?:,(\d+))?)\s*(milliard|million|mille)?/g);
	for (const [, number = '', decimals = '', unit] of parts) {
		const digits = number.replace(/[ .]/g, '').replace(',', '');
		const scale = unit ? (SCALES[unit] as bigint) : 0n;
		if (BigInt(decimals.length) > scale) throw new Error(`"${text}": decimals without a unit`);
		total += BigInt(digits) * 10n ** (scale - BigInt(decimals.length));
	}
	return total;
}

describe('national budget figures', () => {
	test('every amount equals the figure as published, to the unit', () => {
		// e.g. "157,97 milliards de FCFA" → 157 970 000 000; "11,86 milliards MRU" → 11 860 000 000
		for (const r of budgets.filter((b) => b['measure'] === 'amount'))
			expect(BigInt(r['value'] as string), r['as_published']).toBe(parseAmount(r['as_published']!));
		expect(parseAmount('725 milliards 254 millions 753 mille FCFA')).toBe(725254753000n);
		expect(parseAmount('514. 692. 044. 850 Francs CFA')).toBe(514692044850n);
	});

	test('every share equals the percentage as published', () => {
		// "29,49%" → 29.49; "environ 25%" → 25
		for (const r of budgets.filter((b) => b['measure'] === 'share_of_state_budget')) {
			const written = /(\d+(?:,\d+)?)/.exec(r['as_published']!)?.[1]?.replace(',', '.');
			expect(Number(r['value']), r['as_published']).toBe(Number(written));
		}
	});

	test('Burkina Faso’s defence and security share 2022–2025 as voted: 20.27, 28.42, 29.49, 27.76 %', () => {
		const share = (year: string) =>
			budgets.find(
				(r) =>
					r['country'] === 'BFA' &&
					r['year'] === year &&
					r['scope'] === 'defence_security' &&
					r['measure'] === 'share_of_state_budget'
			)?.['value'];
		expect(['2022', '2023', '2024', '2025'].map(share)).toEqual([
			'20.27',
			'28.42',
			'29.49',
			'27.76'
		]);
	});

	test('where sources disagree, both rows stay, each with its own page', () => {
		const mali = budgets.filter(
			(r) =>
				r['country'] === 'MLI' &&
				r['year'] === '2025' &&
				r['stage'] === 'revised' &&
				r['scope'] === 'defence_ministry'
		);
		expect(mali.map((r) => r['value']).sort()).toEqual(['527027000000', '554091000000']);
		expect(new Set(mali.map((r) => r['source_url'])).size).toBe(2);
		const lopm = budgets.filter((r) => r['country'] === 'MLI' && r['stage'] === 'programmed');
		expect(lopm.map((r) => r['value']).sort()).toEqual(['1230563972349', '2200000000000']);
		expect(lopm.every((r) => /disagrees/i.test(r['note'] ?? ''))).toBe(true);
	});
});

describe('dated events', () => {
	const at = (country: string, date: string) =>
		events.find((e) => e['country'] === country && e['date'] === date)?.['kind'];

	test('the coups and transitions of 2020–2023 on their days', () => {
		expect([
			at('MLI', '2020-08-18'),
			at('MLI', '2021-05-24'),
			at('TCD', '2021-04-20'),
			at('BFA', '2022-01-24'),
			at('BFA', '2022-09-30'),
			at('NER', '2023-07-26')
		]).toEqual(['coup', 'coup', 'transition', 'coup', 'coup', 'coup']);
	});

	test('Niger’s ordinance 2024-05 and decree 2024-273 take defence purchases out of the code', () => {
		expect([at('NER', '2024-02-23'), at('NER', '2024-04-04')]).toEqual([
			'procurement_rule',
			'procurement_rule'
		]);
		const titles = events.filter((e) => e['kind'] === 'procurement_rule').map((e) => e['title_fr']);
		expect(titles.join(' ')).toMatch(/2024-05.*2024-273/s);
	});
});

test('at least 25 cited budget or event rows, every one with a title, a publisher and an address', () => {
	const rows = [...budgets, ...events];
	expect(rows.length).toBeGreaterThanOrEqual(25);
	for (const r of rows) {
		expect(r['source_url']).toMatch(/^https?:\/\/\S+$/);
		expect(r['source_title']?.length).toBeGreaterThan(3);
		expect(r['publisher']?.length).toBeGreaterThan(1);
	}
});

describe('a malformed cited row is refused with its file, row and column', () => {
	const budgetHeader =
		'country,year,year_end,stage,scope,measure,value,unit,as_published,source_title,source_url,publisher,published,note';
	const good =
		'MLI,2024,,voted,defence_ministry,amount,1000,XOF,1 000 FCFA,T,https://example.org/a,P,2024-06,';
	test('a good row passes', () => {
		expect(readCitedBudgets('b.csv', `${budgetHeader}\n${good}\n`)[0]?.value).toBe(1000);
	});
	test.each([
		[
			good.replace('MLI', 'SEN'),
			'b.csv, row 2, column country: "SEN" — expected one of BFA, MLI, MRT, NER, TCD'
		],
		[
			good.replace('https://example.org/a', 'example.org'),
			'row 2, column source_url: "example.org" — expected an http(s) address'
		],
		[good.replace(',XOF,', ',percent,'), 'column unit: "percent" — an amount needs a currency'],
		[
			good.replace('2024-06', '2024-13'),
			'column published: "2024-13" — expected YYYY, YYYY-MM or YYYY-MM-DD'
		],
		[
			good.replace(',1000,', ',1 000,'),
			'column value: "1 000" — expected a number with a dot decimal'
		]
	])('%s', (row, message) => {
		expect(() => readCitedBudgets('b.csv', `${budgetHeader}\n${row}\n`)).toThrow(message);
	});
	test('an impossible event date (30 February) is refused', () => {
		const header =
			'country,date,kind,title_fr,title_en,source_title,source_url,publisher,published,note';
		const row = 'NER,2024-02-30,coup,t,t,T,https://example.org,P,,';
		expect(() => readCitedEvents('e.csv', `${header}\n${row}\n`)).toThrow(
			'e.csv, row 2, column date: "2024-02-30" — expected a date YYYY-MM-DD'
		);
	});
	test('a wrong header is refused before any row', () => {
		expect(() => readCitedBudgets('b.csv', 'country,year\nMLI,2024\n')).toThrow(
			/b.csv: header must be exactly/
		);
	});
});
