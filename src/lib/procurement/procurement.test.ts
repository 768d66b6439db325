import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { parseFilters } from '../explore/filters.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { loadMilex } from '../trends/load-milex.ts';
import { buildProcurement } from './build-procurement.ts';
import { readDemoContracts, sipriRates, sum } from './demo-expected.ts';
import { queryDrill } from './procurement-view-data.ts';
import { scopeWhere } from './procurement-queries.ts';
import { amountBasis, queryAvailable, queryProcurement } from './query-procurement.ts';

// One engine for the file, the demo loaded once: every test reads, none writes.
const db = {} as { engine: Engine };
const demo = readDemoContracts();
const filtersOf = (q: string) => parseFilters(new URLSearchParams(q)).filters;

beforeAll(async () => {
	db.engine = await openNodeEngine();
	await syncDemo(db.engine, [], nodeDemoReader());
	await loadMilex(db.engine, 'data/sipri-milex.csv');
	await buildProcurement(db.engine);
});
afterAll(() => db.engine.close());

// Mali 2020–2022 is all in FCFA, so amounts stay in local currency.
const MALI = 'country=MLI&from=2020&to=2022';
const mali = demo.filter((c) => c.country === 'MLI' && c.year >= 2020 && c.year <= 2022);

describe('procurement view on the demo contracts, Mali 2020–2022', () => {
	test('method shares by year are the amounts by method ÷ the year total, from the CSV', async () => {
		const v = await queryProcurement(db.engine, filtersOf(MALI), 'local');
		expect(v.basis).toBe('local');
		expect(v.overview.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
		for (const y of v.overview.years) {
			const rows = mali.filter((c) => c.year === y.year);
			expect(y.amount).toBe(sum(rows.map((c) => c.amount)));
			for (const cell of y.methods) {
				const part = sum(rows.filter((c) => c.category === cell.method).map((c) => c.amount));
				expect(cell.share).toBeCloseTo(part / y.amount, 12);
			}
			// « marchés spéciaux » (derogation, no method) are their own category, not 'none'
			const special = rows.filter((c) => c.derogation && c.method === 'none');
			expect(y.methods.find((m) => m.method === 'derogation')!.n).toBe(special.length);
			expect(y.methods.find((m) => m.method === 'none')!.n).toBe(0);
			// derogation share of value, every demo contract says whether it is derogatory
			const derog = sum(rows.filter((c) => c.derogation).map((c) => c.amount));
			expect(y.derogation).toBeCloseTo(derog / y.amount, 12);
			expect(y.derogationCoverage).toEqual({ n: rows.length, total: rows.length });
		}
	});

	test('red flags equal their definitions applied to the CSV rows, with coverage', async () => {
		const { overview } = await queryProcurement(db.engine, filtersOf(MALI), 'local');
		const flag = (id: string) => overview.flags.find((f) => f.id === id)!;
		// direct: Σ amount direct ÷ Σ amount of contracts whose method is stated or that are
		// derogations — all of them in the demo, whose « marchés spéciaux » state no method
		expect(mali.some((c) => c.derogation && c.method === 'none')).toBe(true);
		expect(mali.every((c) => c.method !== 'none' || c.derogation)).toBe(true);
		const direct = sum(mali.filter((c) => c.method === 'direct').map((c) => c.amount));
		expect(flag('direct').value).toBeCloseTo(direct / sum(mali.map((c) => c.amount)), 12);
		expect(flag('direct').coverage).toEqual({ n: mali.length, total: mali.length });
		// single bid: open or selective tenders with 1 bid ÷ those with a known bid count
		const tenders = mali.filter((c) => c.method === 'open' || c.method === 'selective');
		const known = tenders.filter((c) => c.tenderers !== null);
		expect(flag('single').value).toBeCloseTo(
			known.filter((c) => c.tenderers === 1).length / known.length,
			12
		);
		expect(flag('single').coverage).toEqual({ n: known.length, total: tenders.length });
		// short period (R003, every method, as Cardinal by default): contracts with a period under
		// 15 whole days ÷ contracts with a period; coverage = those with a period / all
		const timed = mali.filter((c) => c.days !== null);
		expect(flag('short').flagged).toBe(timed.filter((c) => c.days! < 15).length);
		expect(flag('short').coverage).toEqual({ n: timed.length, total: mali.length });
		// amendments: Σ final ÷ Σ awarded − 1 where the final value is known
		const finals = mali.flatMap((c) =>
			c.amended !== null
				? [[c.amended, c.amount]]
				: c.amendments === 0
					? [[c.amount, c.amount]]
					: []
		);
		expect(flag('amend').value).toBeCloseTo(
			sum(finals.map((f) => f[0]!)) / sum(finals.map((f) => f[1]!)) - 1,
			12
		);
		expect(flag('amend').flagged).toBe(
			mali.filter((c) => c.amended !== null && c.amended / c.amount - 1 > 0.3).length
		);
	});

	test('top suppliers and their concentration follow from the amounts by supplier', async () => {
		const v = await queryProcurement(db.engine, filtersOf(MALI), 'local');
		const bySupplier = new Map<string, number>();
		for (const c of mali) bySupplier.set(c.supplier, (bySupplier.get(c.supplier) ?? 0) + c.amount);
		const ranked = [...bySupplier.values()].sort((a, b) => b - a);
		// no two demo spellings normalise to one firm, so firms = spellings here
		expect(v.suppliers.every((s) => s.spellings === 1)).toBe(true);
		expect(v.suppliers.map((s) => s.amount)).toEqual(ranked.slice(0, 10));
		const total = sum(ranked);
		expect(v.concentration.top1).toBeCloseTo(ranked[0]! / total, 12);
		expect(v.concentration.top3).toBeCloseTo(sum(ranked.slice(0, 3)) / total, 12);
		expect(v.concentration.hhi).toBeCloseTo(sum(ranked.map((a) => (a / total) ** 2)) * 10000, 8);
	});
});

test('each flag over one country-year equals the indicator run on the whole table', async () => {
	const results = await runIndicators(db.engine, {
		ids: [
			'direct-award-share',
			'single-bid-share',
			'short-tender-period',
			'amendment-growth',
			'possible-splitting'
		],
		countries: ['NER'],
		years: [2019]
	});
	const { overview } = await queryProcurement(
		db.engine,
		filtersOf('country=NER&from=2019&to=2019'),
		'local'
	);
	const value = (id: string) =>
		results.find((r) => r.id === id && (r.measure ?? 'value') === 'value')!;
	const pairs = [
		['direct', 'direct-award-share'],
		['single', 'single-bid-share'],
		['short', 'short-tender-period'],
		['amend', 'amendment-growth'],
		['split', 'possible-splitting']
	] as const;
	for (const [flag, id] of pairs) {
		const mine = overview.flags.find((f) => f.id === flag)!;
		expect(mine.value, id).toBeCloseTo(value(id).value!, 10);
		expect(mine.coverage, id).toEqual(value(id).coverage);
	}
});

test('over every country the amounts are in constant US$, each contract at its year’s rate', async () => {
	const available = await queryAvailable(db.engine);
	expect(amountBasis(filtersOf(''), available)).toEqual({
		basis: 'usd',
		forced: true,
		units: ['MRU', 'XOF']
	});
	expect(amountBasis(filtersOf('country=MLI,NER'), available).basis).toBe('local');
	const rates = sipriRates();
	const v = await queryProcurement(db.engine, filtersOf('from=2018&to=2018'), 'usd');
	const expected = sum(
		demo.filter((c) => c.year === 2018).map((c) => c.amount * rates.get(`${c.country}:2018`)!)
	);
	expect(v.overview.amount).toBeCloseTo(expected, 2);
});

describe('drill-down', () => {
	test('the contracts behind a bar add up to the bar, in count and amount', async () => {
		const filters = filtersOf('country=TCD&institution=Police nationale');
		const v = await queryProcurement(db.engine, filters, 'local');
		const cell = v.overview.years
			.find((y) => y.year === 2022)!
			.methods.find((m) => m.method === 'open')!;
		const drill = await queryDrill(
			db.engine,
			scopeWhere(filters),
			{ kind: 'bar', year: 2022, method: 'open' },
			'local'
		);
		const rows = demo.filter(
			(c) =>
				c.country === 'TCD' &&
				c.buyer === 'Police nationale' &&
				c.year === 2022 &&
				c.method === 'open'
		);
		expect(drill.total).toBe(rows.length);
		expect(cell.n).toBe(rows.length);
		expect(drill.sum).toBe(cell.amount);
		expect(drill.sum).toBe(sum(rows.map((c) => c.amount)));
		expect(drill.rows.map((r) => r.source_row).sort()).toEqual(
			rows.map((c) => c.source_row).sort()
		);
	});

	test('a derogation bar opens the contracts under the regime that state no method', async () => {
		const filters = filtersOf(MALI);
		const v = await queryProcurement(db.engine, filters, 'local');
		const cell = v.overview.years
			.find((y) => y.year === 2022)!
			.methods.find((m) => m.method === 'derogation')!;
		const drill = await queryDrill(
			db.engine,
			scopeWhere(filters),
			{ kind: 'bar', year: 2022, method: 'derogation' },
			'local'
		);
		const rows = mali.filter((c) => c.year === 2022 && c.derogation && c.method === 'none');
		expect(rows.length).toBeGreaterThan(0);
		expect(drill.total).toBe(rows.length);
		expect(cell.n).toBe(rows.length);
		expect(drill.sum).toBe(sum(rows.map((c) => c.amount)));
		expect(drill.rows.every((r) => r.method === 'derogation')).toBe(true);
	});

	test('a flag and a supplier open as many contracts as they count', async () => {
		const filters = filtersOf(MALI);
		const v = await queryProcurement(db.engine, filters, 'local');
		const single = v.overview.flags.find((f) => f.id === 'single')!;
		const opened = await queryDrill(
			db.engine,
			scopeWhere(filters),
			{ kind: 'flag', flag: 'single' },
			'local'
		);
		expect(opened.total).toBe(single.flagged);
		const top = v.suppliers[0]!;
		const bySupplier = await queryDrill(
			db.engine,
			scopeWhere(filters),
			{ kind: 'supplier', name: top.supplier_norm },
			'local'
		);
		expect(bySupplier.sum).toBe(top.amount);
		expect(bySupplier.total).toBe(top.n);
	});
});
