/**
 * The procurement view's spec as the controller and the build run it: opened on the demo
 * contracts, its country-year shares are the indicators' own, a derogation point's drill adds up
 * to the point, stale drills are refused, and a tender notice (no award) is counted apart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { readDrill } from '../explore/drill-codec.ts';
import { EMPTY_FILTERS, parseFilters } from '../explore/filters.ts';
import { loadCanonicalCsv } from '../indicators/load-canonical-csv.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { readDemoContracts, sum } from './demo-expected.ts';
import { procurementExplore } from './procurement-explore.ts';
import type { ProcurementViewData } from './procurement-view-data.ts';

const db = {} as { engine: Engine; view: ProcurementViewData };
const demo = readDemoContracts();
const filtersOf = (q: string) => parseFilters(new URLSearchParams(q)).filters;

beforeAll(async () => {
	db.engine = await openNodeEngine();
	await syncDemo(db.engine, [], nodeDemoReader());
	await loadMilex(db.engine, 'data/sipri-milex.csv');
	const { load } = await procurementExplore.open(db.engine);
	db.view = await load({ ...EMPTY_FILTERS, country: [] });
});
afterAll(() => db.engine.close());

test('the default view mixes currencies, so it is in constant US$ and says it was forced', () => {
	expect(db.view.basis).toBe('usd');
	expect(db.view.forced).toBe(true);
});

test('each country-year’s shares are competitive-share’s and derogation-share’s own', async () => {
	const results = await runIndicators(db.engine, {
		ids: ['competitive-share', 'derogation-share']
	});
	const value = (id: string, country: string, year: number) =>
		results.find(
			(r) => r.id === id && r.measure === 'value' && r.country === country && r.year === year
		)?.value;
	expect(db.view.overview.countryYears).toHaveLength(45); // 5 countries × 2016–2024
	for (const cy of db.view.overview.countryYears) {
		const at = `${cy.country} ${cy.year}`;
		expect(cy.competitive, at).toBeCloseTo(value('competitive-share', cy.country, cy.year)!, 12);
		expect(cy.derogation, at).toBeCloseTo(value('derogation-share', cy.country, cy.year)!, 12);
	}
	// By hand from the CSV: Mali 2022, Σ open and selective ÷ Σ of contracts whose method is
	// stated or that are derogations (all demo contracts are one or the other).
	const mali = demo.filter((c) => c.country === 'MLI' && c.year === 2022);
	const competitive = sum(
		mali.filter((c) => c.method === 'open' || c.method === 'selective').map((c) => c.amount)
	);
	const mali22 = db.view.overview.countryYears.find((c) => c.country === 'MLI' && c.year === 2022);
	expect(mali22!.competitive).toBeCloseTo(competitive / sum(mali.map((c) => c.amount)), 12);
});

describe('drills', () => {
	const drillOf = (raw: string) => readDrill(raw, procurementExplore.drills).drill!;

	test('a derogation point opens the year’s derogatory contracts, whose share is the point', async () => {
		const filters = filtersOf('country=NER');
		const { load } = await procurementExplore.open(db.engine);
		const view = await load(filters);
		const point = view.overview.years.find((y) => y.year === 2021)!;
		const data = await procurementExplore.loadDrill(db.engine, drillOf('derog:2021'), filters);
		if (data.kind !== 'rows') throw new Error('rows expected');
		const niger = demo.filter((c) => c.country === 'NER' && c.year === 2021);
		const derogatory = niger.filter((c) => c.derogation);
		expect(data.total).toBe(derogatory.length);
		expect(data.sum).toBe(sum(derogatory.map((c) => c.amount)));
		expect(data.base).toBe(sum(niger.map((c) => c.amount)));
		expect(data.sum! / data.base!).toBeCloseTo(point.derogation!, 12);
	});

	test('a page of the flagged table is a drill, sorted as asked', async () => {
		const filters = filtersOf('country=MLI');
		const data = await procurementExplore.loadDrill(
			db.engine,
			drillOf('flagged:amount:2'),
			filters
		);
		if (data.kind !== 'flagged') throw new Error('flagged rows expected');
		expect(data.rows).toHaveLength(25);
		const amounts = data.rows.map((r) => r.amount);
		expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
	});

	test('a drill whose mark is not on the page is stale', () => {
		const fits = (raw: string) =>
			procurementExplore.fits(drillOf(raw), EMPTY_FILTERS, db.view as never);
		expect(fits('bar:2021:direct')).toBe(true);
		expect(fits('bar:2015:direct')).toBe(false); // no 2015 in the demo
		expect(fits('bar:2021:none')).toBe(false); // every demo contract states a method or regime
		expect(fits('derog:2024')).toBe(true);
		expect(fits('supplier:nobody at all')).toBe(false);
		expect(fits(`supplier:${db.view.suppliers[0]!.supplier_norm}`)).toBe(true);
		expect(fits('flagged:flags:1')).toBe(true);
		expect(fits('flagged:flags:9999')).toBe(false);
	});
});

test('a tender notice has no award: not undated, not in any figure, counted apart', async () => {
	const engine = await openNodeEngine();
	try {
		const csv = [
			'country,buyer,reference,method,derogation,supplier,amount,currency,award_date,stage',
			'MLI,Défense,A1,open,false,Alpha,100,XOF,2023-01-10,award',
			'MLI,Défense,A2,direct,false,Bravo,300,XOF,,award',
			'MLI,,T1,open,,,,,,tender'
		].join('\n');
		await loadCanonicalCsv(engine, 'stages.csv', new TextEncoder().encode(csv));
		const { scope, load } = await procurementExplore.open(engine);
		// A2 is an award with no date (undated); T1 is a tender notice, which has none by nature
		expect(scope.undated).toBe(1);
		expect(scope.notAwarded).toBe(1);
		const view = await load({ ...EMPTY_FILTERS, country: [] });
		expect(view.overview.n).toBe(1);
		expect(view.overview.amount).toBe(100);
	} finally {
		await engine.close();
	}
});
