import { describe, expect, test } from 'vitest';
import { badgeXs, eventCells, eventColumns, yearPosition, type ChartEvent } from './events.ts';
import { lineColumns, lineCsvRows } from './line-table.ts';

const event = (date: string, title: string, group?: string): ChartEvent => ({
	key: date,
	date,
	x: yearPosition(date),
	label: '1',
	dateText: date,
	title,
	group,
	source: 'OPEXCI — Retour sur les grandes lignes',
	url: 'https://www.opexci.com/post/x',
	colour: '#CC79A7',
	textColour: '#9c4a7a'
});

describe('yearPosition', () => {
	test('the middle of the day on a year axis: 2023-07-26 is day 207 of 365', () => {
		// (206 + 0.5) / 365 = 0.56575…
		expect(yearPosition('2023-07-26')).toBeCloseTo(2023 + 206.5 / 365, 10);
		// 2024 is a leap year: 23 February is day 54 of 366
		expect(yearPosition('2024-02-23')).toBeCloseTo(2024 + 53.5 / 366, 10);
		expect(yearPosition('2024-12-31')).toBeLessThan(2025);
	});
});

describe('badgeXs', () => {
	test('badges stay at their dates when apart', () => {
		expect(badgeXs([100, 300], 64, 700)).toEqual([100, 300]);
	});
	test('close badges spread 18 px apart around the mean of their dates', () => {
		// r = 8: a badge needs 2 × 8 + 2 = 18 px; mean of 300, 305, 310 is 305 → 287, 305, 323
		expect(badgeXs([300, 305, 310], 64, 700)).toEqual([287, 305, 323]);
		// clusters merge as they grow: 260 and 270 → 256, 274 (around 265); then 280 overlaps
		// 274 + 18 → the three around their mean 270: 252, 270, 288 (in input order 270, 252, 288)
		expect(badgeXs([270, 260, 280], 64, 700)).toEqual([270, 252, 288]);
	});
	test('the row is kept within its bounds, order kept', () => {
		// 690 and 695 around 692.5 → 683.5, 701.5; past 690, so 672, 690
		expect(badgeXs([695, 690], 64, 690)).toEqual([690, 672]);
		expect(badgeXs([60, 61], 64, 700)).toEqual([64, 82]);
	});
});

describe('eventCells', () => {
	const events = [
		event('2024-02-23', 'Ordonnance n° 2024-05', 'Niger'),
		event('2024-04-04', 'Décret n° 2024-273', 'Niger')
	];
	test('a year’s events and their sources, joined; a year without event is empty', () => {
		expect(eventCells(events, 2024, ' : ')).toEqual([
			'2024-02-23 Niger : Ordonnance n° 2024-05 | 2024-04-04 Niger : Décret n° 2024-273',
			'OPEXCI — Retour sur les grandes lignes <https://www.opexci.com/post/x> | OPEXCI — Retour sur les grandes lignes <https://www.opexci.com/post/x>'
		]);
		expect(eventCells(events, 2023, ' : ')).toEqual([null, null]);
	});
	test('the events table names the country only when events have one', () => {
		const labels = {
			heading: 'Événements',
			number: 'N°',
			date: 'Date',
			group: 'Pays',
			event: 'Événement',
			source: 'Source',
			csvEvents: 'Événements',
			csvSources: 'Sources'
		};
		expect(eventColumns(events, labels).map((c) => c.key)).toEqual([
			'label',
			'date',
			'group',
			'title',
			'source'
		]);
		const alone = [event('2023-07-26', 'Coup d’État')];
		expect(eventColumns(alone, labels).map((c) => c.label)).toEqual([
			'N°',
			'Date',
			'Événement',
			'Source'
		]);
	});
});

describe('line chart table and CSV', () => {
	const series = [
		{
			key: 'NER',
			label: 'Niger',
			points: [
				{ x: 2023, y: 190.2 },
				{ x: 2024, y: null }
			]
		}
	];
	test('the table shows formatted values and a dash; the CSV keeps stored values and events', () => {
		const columns = lineColumns(series, 'Année', (v) => `${v} M$`);
		expect(columns.map((c) => c.text(2023))).toEqual(['2023', '190.2 M$']);
		expect(columns[1]!.text(2024)).toBe('—');
		const labels = {
			heading: 'Événements',
			number: 'N°',
			date: 'Date',
			group: 'Pays',
			event: 'Événement',
			source: 'Source',
			csvEvents: 'Événements de l’année',
			csvSources: 'Sources des événements'
		};
		const rows = lineCsvRows(series, {
			yearLabel: 'Année',
			unit: 'M$ US',
			colon: ' : ',
			events: [event('2023-07-26', 'Coup d’État')],
			eventLabels: labels
		});
		expect(rows).toEqual([
			['Année', 'Niger (M$ US)', 'Événements de l’année', 'Sources des événements'],
			[
				2023,
				190.2,
				'2023-07-26 Coup d’État',
				'OPEXCI — Retour sur les grandes lignes <https://www.opexci.com/post/x>'
			],
			[2024, null, null, null]
		]);
		// without events, no event columns
		expect(lineCsvRows(series, { yearLabel: 'Année', unit: 'M$ US', colon: ' : ' })[0]).toEqual([
			'Année',
			'Niger (M$ US)'
		]);
	});
});
