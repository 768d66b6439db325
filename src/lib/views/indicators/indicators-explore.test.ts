/**
 * The indicators page's loader on the site's default data (SIPRI + demo), as the build
 * prerenders it: an overview row for every indicator with each country's latest headline value,
 * the matrix rows, and a detail (drill) that is exactly the indicator's rows.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Engine } from '../../db/engine.ts';
import { EMPTY_FILTERS, parseFilters } from '../../explore/filters.ts';
import { readDrill } from '../../explore/drill-codec.ts';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import { INDICATORS } from '../../indicators/index.ts';
import { runIndicators } from '../../indicators/run-indicators.ts';
import { openShippedData } from '../../governance/shipped-data-node.ts';
import { indicatorsExplore, INDICATOR_DRILLS, type IndicatorsView } from './indicators-explore.ts';
import { headlineRows } from './overview.ts';

let engine: Engine;
let all: IndicatorResult[];
let load: (f: typeof EMPTY_FILTERS) => Promise<IndicatorsView>;
beforeAll(async () => {
	engine = (await openShippedData({ demo: true })).engine;
	all = await runIndicators(engine);
	load = (await indicatorsExplore.open(engine)).load;
});

afterAll(() => engine.close());

const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];

test('the overview lists every indicator, each country’s latest headline value', async () => {
	const view = await load({ ...EMPTY_FILTERS, country: [] });
	expect(view.countries).toEqual(G5);
	expect(view.overview.map((r) => r.id)).toEqual(INDICATORS.map((i) => i.id));
	const burden = view.overview.find((r) => r.id === 'milex-burden')!;
	// By hand from data/sipri-milex.csv: BFA,2024,share_gdp,0.046797319694336294 (SIPRI's own
	// share; the indicator keeps twelve significant digits)
	const line = readFileSync('data/sipri-milex.csv', 'utf8')
		.split('\n')
		.find((l) => l.startsWith('BFA,2024,share_gdp,'))!;
	expect(burden.cells.find((c) => c.country === 'BFA')).toEqual({
		country: 'BFA',
		year: 2024,
		value: Number(Number(line.split(',')[3]).toPrecision(12))
	});
	// every indicator: the latest headline row of each country, as runIndicators gives it
	for (const row of view.overview) {
		const rows = headlineRows(
			row.id,
			all.filter((r) => r.id === row.id)
		);
		for (const cell of row.cells) {
			const mine = rows.filter((r) => r.country === cell.country && r.value !== null);
			expect(cell.year, row.id).toBe(Math.max(...mine.map((r) => r.year)));
		}
		expect(row.count, row.id).toBe(all.filter((r) => r.id === row.id).length);
	}
	// 45 country-years (5 countries × 2016–2024) × 4 parts of the accountability gap
	expect(view.matrix).toHaveLength(180);
});

test('per-buyer and per-document indicators show the largest value of the latest year', async () => {
	const view = await load({ ...EMPTY_FILTERS, country: [] });
	const lag = view.overview.find((r) => r.id === 'publication-lag')!;
	for (const cell of lag.cells) {
		const year = all.filter(
			(r) => r.id === 'publication-lag' && r.country === cell.country && r.year === cell.year
		);
		expect(cell.value).toBe(Math.max(...year.map((r) => r.value ?? -Infinity)));
		expect(year.map((r) => r.group?.name)).toContain(cell.group);
	}
});

test('filters narrow the columns and years; the drill is the indicator’s rows alone', async () => {
	const filters = parseFilters(new URLSearchParams('country=NER&to=2020')).filters;
	const view = await load(filters);
	expect(view.countries).toEqual(['NER']);
	const gap = view.overview.find((r) => r.id === 'execution-rate')!;
	expect(gap.cells.map((c) => [c.country, c.year])).toEqual([['NER', 2020]]);
	const drill = readDrill('indicator:audit-coverage', INDICATOR_DRILLS);
	expect(drill.status).toBe('valid');
	expect(readDrill('indicator:DROP TABLE', INDICATOR_DRILLS).status).toBe('invalid');
	const detail = await indicatorsExplore.loadDrill(engine, drill.drill!, filters);
	expect(detail.rows).toEqual(
		all.filter((r) => r.id === 'audit-coverage' && r.country === 'NER' && r.year <= 2020)
	);
	expect(indicatorsExplore.fits(drill.drill!, filters, view)).toBe(true);
});
