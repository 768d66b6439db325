/**
 * The real picture's geometry and cells on the shipped data: the OBS panels (Mauritania kept,
 * said uncovered), the PEFA/GDI scorecard (latest assessment per country, GDI 2020 or the 2015
 * band), and the timeline (events a few days apart on separate lanes).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
	queryOversightPicture,
	type OversightPicture
} from '../../governance/oversight-picture.ts';
import type { Params } from '../../i18n/define-messages.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import { openShippedData } from '../../governance/shipped-data-node.ts';
import { obsLayout, obsPanels } from './obs-layout.ts';
import { scorecardProps } from './scorecard-props.ts';
import { TIMELINE, timelineLayout, yearOf } from './events-layout.ts';

let picture: OversightPicture;
beforeAll(async () => {
	const { engine } = await openShippedData();
	picture = await queryOversightPicture(engine);
	await engine.close();
});
const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
const t = (key: MessageKey, params?: Params) => translate('en', key, params);
const name = (c: string) => translate('en', `country_${c}` as MessageKey);

describe('Open Budget Survey panels', () => {
	test('oversight then openness for each country, Mauritania uncovered', () => {
		const panels = obsPanels(picture.obs, G5, ['BFA', 'MLI', 'NER', 'TCD']);
		expect(panels.map((p) => `${p.group}:${p.country}:${p.covered}`)).toEqual([
			...G5.map((c) => `oversight:${c}:${c !== 'MRT'}`),
			...G5.map((c) => `openness:${c}:${c !== 'MRT'}`)
		]);
		// Burkina Faso's oversight panel: legislature and audit since 2006 (9 rounds each), overall
		// from 2017 (4 rounds)
		expect(panels[0]!.rows).toHaveLength(9 + 9 + 4);
		// desktop: two rows of five; phone: one column
		expect(obsLayout(10, [2006, 2023], 1088, 5).grid.columns).toBe(5);
		expect(obsLayout(10, [2006, 2023], 358, 5).grid.columns).toBe(2);
		// a filter down to one round: one tick, not three of the same year
		expect(obsLayout(10, [2021, 2021], 1088, 5).ticks).toEqual([2021]);
	});
});

describe('PEFA and GDI scorecard', () => {
	test('each country’s latest assessment, GDI 2020 or the 2015 band in words', () => {
		const card = scorecardProps(picture, G5, t, name);
		expect(card.cells).toHaveLength(5 * 16);
		const at = (row: string, column: string) =>
			card.cells.find((c) => c.row === row && c.column === column)!;
		// Mali's latest is 2021: PI-30 D (weak ▲); Niger 2023 PI-31.3 A (strong ●)
		expect([at('MLI', 'PI-30').text, at('MLI', 'PI-30').sub, at('MLI', 'PI-30').symbol]).toEqual([
			'D',
			'PEFA 2021',
			'▲'
		]);
		expect([at('NER', 'PI-31.3').text, at('NER', 'PI-31.3').tone]).toEqual(['A', 'fine']);
		// Chad 2018 PI-30.3 not rated: as published, no level
		expect([at('TCD', 'PI-30.3').text, at('TCD', 'PI-30.3').tone]).toEqual(['NR', 'none']);
		// GDI 2020: Burkina Faso band F (weak), Q1 33/100 (medium, 33–66)
		expect([at('BFA', 'overall').text, at('BFA', 'overall').tone]).toEqual(['F', 'concern']);
		expect([at('BFA', 'Q1').text, at('BFA', 'Q1').tone]).toEqual(['33', 'watch']);
		// Chad: no 2020 page; its GI 2015 band F is written under
		expect([at('TCD', 'overall').text, at('TCD', 'overall').sub]).toEqual([
			'no page',
			'GI 2015 : F'
		]);
		// the table keeps every assessment: Mali 2018, 2020, 2021 for PI-30
		expect(
			card.table.filter((r) => r.country === 'MLI' && r.code === 'PI-30').map((r) => r.year)
		).toEqual([2018, 2020, 2021]);
	});
});

describe('timeline', () => {
	test('events at their date; a second event within days goes on the next lane', () => {
		expect(yearOf('2024-01-01')).toBe(2024);
		const layout = timelineLayout(picture.events, G5, 1088);
		expect(layout.rows.map((r) => r.country)).toEqual(G5);
		const mli = layout.rows.find((r) => r.country === 'MLI')!;
		// the 24 May 2021 coup and the 7 June 2021 investiture are 14 days (≈ 3 px) apart
		const coup = mli.events.find((e) => e.event.date === '2021-05-24')!;
		const sworn = mli.events.find((e) => e.event.date === '2021-06-07')!;
		expect(Math.abs(sworn.x - coup.x)).toBeLessThan(TIMELINE.minGap);
		expect([coup.lane, sworn.lane]).toEqual([0, 1]);
		expect(layout.rows.reduce((n, r) => n + r.events.length, 0)).toBe(picture.events.length);
	});
});
