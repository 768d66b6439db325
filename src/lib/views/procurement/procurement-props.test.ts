/**
 * The procurement view's figures as props, before any browser: the real picture's captions name
 * their sources and link them, rows and columns are what the published files hold; the contract
 * charts' columns are unique (a duplicate key breaks the page), drill values are the codec's,
 * and the geometry fits a phone.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { openNodeEngine } from '../../db/node-engine.ts';
import { syncDemo } from '../../explore/demo-data.ts';
import { nodeDemoReader } from '../../explore/demo-data-node.ts';
import { readDrill } from '../../explore/drill-codec.ts';
import { parseFilters } from '../../explore/filters.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import type { Params } from '../../i18n/define-messages.ts';
import type { YearRow } from '../../procurement/overview.ts';
import { PROCUREMENT_DRILLS } from '../../procurement/procurement-drill.ts';
import { procurementExplore } from '../../procurement/procurement-explore.ts';
import { queryProcurementReal, type ProcurementReal } from '../../procurement/procurement-real.ts';
import type { ProcurementViewData } from '../../procurement/procurement-view-data.ts';
import { openGovernanceDataset } from '../../server/governance-dataset.ts';
import { methodProps, supplierProps } from './contract-props.ts';
import { procFormats } from './formats.ts';
import { hbarsLayout } from './hbars.ts';
import { derogationPath, methodLayout, yearSegments } from './method-chart.ts';
import { gridLayout } from './pefa-grid.ts';
import { gdiProps, pefaProps, ruleItems } from './real-props.ts';

const t = (key: MessageKey, params?: Params) => translate('fr', key, params);
const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
const PEFA_FILE =
	'https://github.com/WB-PIDA-Data-Science-Shop/cliaretl/blob/996350d2/data-raw/input/pefa_assessments/assessments_1730149268.csv';
const db = {} as { real: ProcurementReal; view: ProcurementViewData };
const keys = (columns: { key: string }[]) => columns.map((c) => c.key);

beforeAll(async () => {
	db.real = await queryProcurementReal(await openGovernanceDataset());
	const engine = await openNodeEngine();
	await syncDemo(engine, [], nodeDemoReader());
	const { load } = await procurementExplore.open(engine);
	db.view = await load(parseFilters(new URLSearchParams('country=MLI')).filters);
	await engine.close();
});

describe('the real picture', () => {
	test('PEFA grid: every assessment of the five, its source named and linked', () => {
		const p = pefaProps(db.real, 'fr', t, 'https://vigie.example/marches/');
		// BFA 2017; MLI 2018, 2020, 2021; MRT 2020; NER 2017, 2023; TCD 2018 (data/governance-scores.csv)
		expect(p.rows.map((a) => a.key)).toEqual([
			'BFA-2017',
			'MLI-2018',
			'MLI-2020',
			'MLI-2021',
			'MRT-2020',
			'NER-2017',
			'NER-2023',
			'TCD-2018'
		]);
		expect(p.rows.find((a) => a.key === 'MLI-2021')!.scores['PI-24.2']!.score).toBe('D');
		expect(p.meta).toBe('Notes PEFA, cadre 2016 · Source : PEFA Secretariat (pefa.org)');
		expect(p.links.map((l) => l.href)).toEqual([PEFA_FILE]);
		expect(p.exporting.lines).toContain(PEFA_FILE);
		expect(keys(p.columns)).toEqual([...new Set(keys(p.columns))]);
		expect(p.header('PI-24.2', false)).toEqual(['PI-24.2', 'méthodes']);
		expect(p.header('PI-24.2', true)).toEqual(['24.2']);
	});

	test('GDI: the three 2020 scores, and the two countries with no 2020 page say so', () => {
		const p = gdiProps(db.real, G5, 'fr', t, '');
		expect(p.rows.map((r) => [r.key, r.value])).toEqual([
			['BFA', 11],
			['MLI', 21],
			['MRT', null],
			['NER', 17],
			['TCD', null]
		]);
		expect(p.rows.find((r) => r.key === 'MRT')!.text).toBe(
			'pas de page GDI 2020 (GI 2015 : bande globale F)'
		);
		expect(p.links.map((l) => l.href)).toEqual([
			'https://ti-defence.org/gdi/countries/burkina-faso',
			'https://ti-defence.org/gdi/countries/mali',
			'https://ti-defence.org/gdi/countries/niger'
		]);
	});

	test('rule changes: newest first, dated in words, in the reader’s language', () => {
		const items = ruleItems(db.real, 'en');
		expect(items.map((i) => i.iso)).toEqual(['2024-04-04', '2024-02-23', '2022-09-29']);
		expect(items[1]!.date).toBe('23 February 2024');
		expect(items[1]!.title).toMatch(/^Ordinance no\. 2024-05/);
	});
});

describe('the contract charts', () => {
	const f = procFormats('fr', 'XOF');
	const ctx = { f, locale: 'fr' as const, href: '', meta: 'm' };

	test('method chart: unique columns, the codec’s drill values, a legend with the line', () => {
		const p = methodProps(db.view.overview.years, t, ctx);
		expect(keys(p.columns)).toEqual([...new Set(keys(p.columns))]);
		expect(p.legend.at(-1)).toMatchObject({ key: 'derogation-line', shape: 'line' });
		for (const d of [p.segmentDrill(2021, 'derogation'), p.pointDrill(2021)])
			expect(readDrill(d, PROCUREMENT_DRILLS).status, d).toBe('valid');
		const row = db.view.overview.years[0]!;
		// a 100 % bar: its segments add up to the whole
		const segs = yearSegments(row);
		expect(segs.at(-1)!.y1).toBeCloseTo(1, 12);
		expect(p.segmentLabel(row, segs[0]!.key)).toMatch(new RegExp(`^${row.year}, `));
	});

	test('the derogation line breaks where a year has no share', () => {
		const layout = methodLayout([2020, 2021, 2022], 800);
		const row = (year: number, derogation: number | null) => ({ year, derogation }) as YearRow;
		const path = derogationPath([row(2020, 0.2), row(2021, null), row(2022, 0.4)], layout);
		expect(path.match(/M/g)).toHaveLength(2);
		expect(path).not.toContain('L');
	});

	test('suppliers: the top ten, each opening its own contracts', () => {
		const p = supplierProps(db.view.suppliers, db.view.overview.amount, t, ctx);
		expect(p.rows).toHaveLength(10);
		expect(keys(p.columns)).toEqual([...new Set(keys(p.columns))]);
		for (const r of p.rows) expect(readDrill(r.drill!, PROCUREMENT_DRILLS).status).toBe('valid');
	});

	test('the geometry fits a 358 px column (a 390 px phone)', () => {
		const grid = gridLayout(8, 358);
		expect(grid.x(5)).toBeLessThanOrEqual(358);
		const bars = hbarsLayout(['a', 'b'], 358, 100);
		expect(bars.narrow).toBe(true);
		expect(bars.x(100)).toBeLessThanOrEqual(358);
	});
});
