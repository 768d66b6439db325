import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../db/engine.ts';
import { openNodeEngine } from '../db/node-engine.ts';
import {
	GOVERNANCE_TABLES,
	loadGovernance,
	type GovernanceTable
} from '../governance/load-governance.ts';
import {
	OVERVIEW_EVENT_CHOICES,
	parseEventsChoice,
	selectEvents,
	type TrendEvent
} from '../trends/chart-events.ts';
import { queryTrendEvents } from './trend-events.ts';

let engine: Engine;
let events: TrendEvent[];
beforeAll(async () => {
	engine = await openNodeEngine();
	const paths = Object.fromEntries(
		Object.entries(GOVERNANCE_TABLES).map(([t, s]) => [t, join(process.cwd(), 'data', s.file)])
	) as Record<GovernanceTable, string>;
	await loadGovernance(engine, paths);
	events = await queryTrendEvents(engine, 'fr', 1960, 2024);
});
afterAll(() => engine.close());

describe('trend events on the shipped data/events.csv', () => {
	test('Niger: the 2022 code, the 2023 coup, the 2024 finance ordinance and exclusion; no audit report', async () => {
		// events.csv has nine Niger rows; the four audit reports are the oversight view's
		const ner = events.filter((e) => e.country === 'NER');
		expect(ner.map((e) => `${e.date} ${e.kind}`)).toEqual([
			'2022-09-29 procurement_rule',
			'2023-07-26 coup',
			'2024-01-04 finance_law',
			'2024-02-23 procurement_rule',
			'2024-04-04 procurement_rule'
		]);
		expect(ner[3]!.title).toMatch(/^Ordonnance n° 2024-05 : les achats/);
		expect(ner[3]!.publisher).toBe('OPEXCI');
		const en = await queryTrendEvents(engine, 'en', 2024, 2024);
		expect(en.find((e) => e.date === '2024-02-23')!.title).toMatch(/^Ordinance no\. 2024-05/);
	});

	test('the period bounds by year: 2025 events are left out of a chart ending in 2024', () => {
		expect(events.some((e) => e.date >= '2025')).toBe(false);
		expect(events.filter((e) => e.country === 'MLI').map((e) => e.date)).toEqual([
			'2015-01-28',
			'2020-08-18',
			'2021-05-24',
			'2021-06-07',
			'2023-12-22',
			'2024-06-26'
		]);
	});

	test('the overview’s default marks the seven coups and transitions of 2020–2023', () => {
		const regime = selectEvents(events, 'regime', { from: 1960, to: 2024 });
		expect(regime.map((e) => `${e.date} ${e.country}`)).toEqual([
			'2020-08-18 MLI',
			'2021-04-20 TCD',
			'2021-05-24 MLI',
			'2021-06-07 MLI',
			'2022-01-24 BFA',
			'2022-09-30 BFA',
			'2023-07-26 NER'
		]);
		expect(selectEvents(events, 'off', { from: 1960, to: 2024 })).toEqual([]);
		expect(selectEvents(events, 'NER', { from: 2023, to: 2023 }).map((e) => e.date)).toEqual([
			'2023-07-26'
		]);
	});

	test('URL values: a country in any case, off, regime; nothing else', () => {
		expect(parseEventsChoice('ner', OVERVIEW_EVENT_CHOICES)).toBe('NER');
		expect(parseEventsChoice('off', OVERVIEW_EVENT_CHOICES)).toBe('off');
		expect(parseEventsChoice("off' OR 1=1", OVERVIEW_EVENT_CHOICES)).toBeUndefined();
		expect(parseEventsChoice('NER', ['off'])).toBeUndefined();
	});
});
