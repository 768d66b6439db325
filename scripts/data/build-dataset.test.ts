import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset.ts';

const SOURCE = resolve(
	process.env['VIGIE_SOURCE_DATA'] ??
		fileURLToPath(new URL('../../../shared/data', import.meta.url))
);
const WORKBOOK = join(SOURCE, 'sipri/SIPRI-Milex-data-1949-2024_2.xlsx');
const FILES = [
	'sipri-milex.csv',
	'sipri-footnotes.json',
	'wdi.csv',
	'boost-budget-execution.csv',
	'governance-scores.csv',
	'national-budgets.csv',
	'events.csv',
	'manifest.json'
];
const G5 = { BFA: 'Burkina Faso', MLI: 'Mali', MRT: 'Mauritania', NER: 'Niger', TCD: 'Chad' };

type Row = Record<string, string>;
let dirA = '';
let dirB = '';
let milex: Row[] = [];
const text = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const csv = (source: string) =>
	Papa.parse<Row>(source, { header: true, skipEmptyLines: true }).data;
const cell = (country: string, year: number, series: string) =>
	milex.find((r) => r.country === country && r.year === String(year) && r.series === series);

beforeAll(() => {
	dirA = mkdtempSync(join(tmpdir(), 'vigie-data-a-'));
	dirB = mkdtempSync(join(tmpdir(), 'vigie-data-b-'));
	buildDataset({ sourceDir: SOURCE, outDir: dirA });
	buildDataset({ sourceDir: SOURCE, outDir: dirB });
	milex = csv(text(dirA, 'sipri-milex.csv'));
});
afterAll(() => [dirA, dirB].forEach((d) => d && rmSync(d, { recursive: true, force: true })));

describe('buildDataset on the real 2025 SIPRI workbook', () => {
	it('writes exactly the eight outputs, byte-identical across two runs', () => {
		expect(readdirSync(dirA).sort()).toEqual([...FILES].sort());
		for (const name of FILES)
			expect(readFileSync(join(dirB, name)).equals(readFileSync(join(dirA, name)))).toBe(true);
	});

	it('writes UTF-8 without BOM, \\n line ends and the exact header', () => {
		const raw = text(dirA, 'sipri-milex.csv');
		expect(raw.startsWith('country,year,series,value,status\n')).toBe(true);
		expect(raw.includes('\r')).toBe(false);
		expect(raw.charCodeAt(0)).not.toBe(0xfeff);
	});

	it('has one row per country × year column × series', () => {
		// 5 countries × 76 years (1949–2024) × 4 sheets + 5 × 37 (1988–2024) × 2 sheets
		// + 2 regions × 37 years = 1520 + 370 + 74 = 1964
		expect(milex).toHaveLength(1964);
	});

	it('keeps known cells as SIPRI stores them', () => {
		expect(cell('MLI', 2019, 'usd_constant_2023')).toMatchObject({
			value: '536.5739195854408',
			status: 'ok'
		});
		expect(cell('BFA', 2024, 'lcu_current')).toMatchObject({ value: '620762000000', status: 'ok' });
		expect(cell('NER', 2015, 'share_gdp')).toMatchObject({ value: '', status: 'missing' });
		expect(cell('MRT', 2007, 'usd_constant_2023')).toMatchObject({
			value: '',
			status: 'zero_as_missing'
		});
		// Regional totals are in US$ bn: Africa 1988 = 20.85543275452879 bn → 20855.43… m
		expect(Number(cell('AFR', 1988, 'usd_constant_2023')?.value)).toBeCloseTo(20855.43275452879, 8);
	});

	it('marks exactly the four Mauritanian zero years, on the sheets that store 0', () => {
		const flagged = milex
			.filter((r) => r.status === 'zero_as_missing')
			.map((r) => `${r.country} ${r.year} ${r.series}`);
		expect(flagged.sort()).toEqual(
			[
				'MRT 2004 usd_current',
				...[2007, 2010, 2011].flatMap((y) => [
					`MRT ${y} lcu_current`,
					`MRT ${y} usd_constant_2023`,
					`MRT ${y} usd_current`
				])
			].sort()
		);
	});

	it('agrees with the derived long CSV: equal ok values (1e-9 relative) and matching statuses', () => {
		const derived = csv(
			readFileSync(join(SOURCE, 'sipri/derived_sipri_g5_long_from_1949-2024_2.csv'), 'utf8')
		);
		const seriesOf: Record<string, string> = {
			milex_lcu_current: 'lcu_current',
			milex_usd_constant_2023_m: 'usd_constant_2023',
			milex_usd_current_m: 'usd_current',
			milex_share_gdp: 'share_gdp',
			milex_share_gov_spending: 'share_gov',
			milex_per_capita_usd_current: 'per_capita_usd',
			region_milex_usd_constant_2023_bn: 'usd_constant_2023'
		};
		const regions: Record<string, string> = { World: 'WLD', Africa: 'AFR' };
		let compared = 0;
		for (const d of derived) {
			const country = d.iso3 || regions[d.country as string];
			if (!country) continue; // North Africa, sub-Saharan Africa are not kept
			const ours = cell(country, Number(d.year), seriesOf[d.indicator as string] as string);
			const scale = d.indicator?.startsWith('region_') ? 1000 : 1;
			if (d.raw_cell === '...') expect(ours?.status).toBe('missing');
			else if (Number(d.value) === 0) expect(ours?.status).toBe('zero_as_missing');
			else {
				expect(ours?.status).toBe('ok');
				const relative = Math.abs(Number(ours?.value) / (Number(d.value) * scale) - 1);
				expect(relative).toBeLessThan(1e-9);
			}
			compared++;
		}
		expect(compared).toBe(1818 - 37 * 2); // all rows but North Africa and sub-Saharan Africa
		expect(milex.filter((r) => r.status === 'ok' && Number(r.year) < 1960)).toHaveLength(0);
	});

	it('gives the same G5 constant-US$ growth 2005→2019 as the workbook read directly', () => {
		// Independent of the converter: SheetJS on the raw sheet. By hand from the cells:
		// 2005 sum 97.333+111.172+106.556+40.675+80.614 = 436.350; 2019 sum 420.426+536.574+198.228
		// +276.259+275.571 = 1707.057; 1707.057 / 436.350 − 1 ≈ 2.912 (+291.2 %).
		const ws = XLSX.read(readFileSync(WORKBOOK)).Sheets['Constant (2023) US$'] as XLSX.WorkSheet;
		const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
		const header = rows.find((r) => String(r[0]).trim() === 'Country') as unknown[];
		const sumYear = (year: number) =>
			Object.values(G5).reduce(
				(sum, name) => sum + Number(rows.find((r) => r[0] === name)?.[header.indexOf(year)]),
				0
			);
		const direct = sumYear(2019) / sumYear(2005) - 1;
		const fromCsv = (year: number) =>
			Object.keys(G5).reduce(
				(sum, iso) => sum + Number(cell(iso, year, 'usd_constant_2023')?.value),
				0
			);
		const converted = fromCsv(2019) / fromCsv(2005) - 1;
		expect(direct).toBeCloseTo(2.912, 3);
		expect(Math.abs(converted - direct)).toBeLessThan(0.001);
	});

	it('records source hashes, currencies and SIPRI units in the manifest', () => {
		const manifest = JSON.parse(text(dirA, 'manifest.json'));
		const sipri = manifest.datasets.find((d: { id: string }) => d.id === 'sipri-milex');
		expect(sipri.source_sha256).toBe(
			createHash('sha256').update(readFileSync(WORKBOOK)).digest('hex')
		);
		expect(sipri.currencies).toEqual({
			BFA: 'XOF',
			MLI: 'XOF',
			MRT: 'MRU',
			NER: 'XOF',
			TCD: 'XAF'
		});
		const region = sipri.series.find((s: { sheet: string }) => s.sheet === 'Regional totals');
		expect(region).toMatchObject({ unit_code: 'USD_M', scale_applied: 1000, years: [1988, 2024] });
		expect(region.source_unit_text).toMatch(/US\$ b\./);
	});

	it('writes SIPRI citation and country footnotes', () => {
		const notes = JSON.parse(text(dirA, 'sipri-footnotes.json'));
		expect(notes.citation).toBe('SIPRI Military Expenditure Database, 2025');
		expect(notes.by_country.BFA).toEqual([
			'† Figures for these countries do not include military pensions'
		]);
		expect(Object.keys(notes.by_country)).toEqual(Object.keys(G5));
	});

	it('copies WDI values and BOOST amounts unchanged', () => {
		const wdi = csv(text(dirA, 'wdi.csv'));
		expect(wdi.find((r) => r.country === 'BFA' && r.year === '1960')?.value).toBe(
			'330442815.821186'
		);
		expect(wdi.every((r) => r.value !== '')).toBe(true);
		expect(
			Math.max(...wdi.filter((r) => r.series === 'population').map((r) => Number(r.year)))
		).toBe(2016);
		const source = csv(
			readFileSync(join(SOURCE, 'boost/derived_budget_execution_G5_extract.csv'), 'utf8')
		);
		const boost = csv(text(dirA, 'boost-budget-execution.csv'));
		expect(boost).toHaveLength(970);
		boost.forEach((r, i) => {
			expect(Number(r.approved)).toBe(Number(source[i]?.approved_value));
			expect(Number(r.executed)).toBe(Number(source[i]?.executed_value));
		});
	});
});
