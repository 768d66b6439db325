import { describe, expect, test } from 'vitest';
import type { TrendEvent } from '../../trends/chart-events.ts';
import { chartEvents, eventExportLines } from './event-marks.ts';

// Four rows of data/events.csv (titles shortened)
const ev = (country: TrendEvent['country'], date: string, title: string): TrendEvent => ({
	country,
	date,
	kind: 'coup',
	title,
	publisher: 'Encyclopædia Universalis',
	source_title: 'Chronologie',
	source_url: 'https://universalis.fr/evenement/x'
});
const events = [
	ev('NER', '2023-07-26', 'Coup d’État : la garde présidentielle renverse le président Bazoum'),
	ev('MLI', '2020-08-18', 'Coup d’État : le président Keïta est arrêté'),
	ev('MRT', '2016-12-08', 'Budget de la Défense examiné sans chiffre public'),
	ev('BFA', '2022-01-24', 'Coup d’État : le MPSR prend le pouvoir')
];
const name = (c: string) => `pays ${c}`;

describe('chartEvents', () => {
	test('only the chart’s countries and years, numbered by date, named when several countries', () => {
		const marks = chartEvents(events, {
			countries: ['BFA', 'MLI', 'NER', 'TCD'],
			from: 2021,
			to: 2024,
			locale: 'fr',
			countryName: name
		});
		// Mali 2020 is before the period, Mauritania is on the ouguiya chart
		expect(marks.map((m) => [m.label, m.date, m.group])).toEqual([
			['1', '2022-01-24', 'pays BFA'],
			['2', '2023-07-26', 'pays NER']
		]);
		expect(marks[1]).toMatchObject({
			dateText: '26 juil. 2023',
			colour: '#CC79A7',
			textColour: '#9c4a7a',
			source: 'Encyclopædia Universalis — Chronologie'
		});
	});

	test('one country’s events carry no country name; dates in English on the English page', () => {
		const marks = chartEvents([events[0]!], {
			countries: ['NER'],
			from: 1960,
			to: 2024,
			locale: 'en',
			countryName: name
		});
		expect(marks).toHaveLength(1);
		expect(marks[0]).toMatchObject({ label: '1', dateText: '26 Jul 2023', group: undefined });
	});

	test('export lines are cut with an ellipsis to stay within the figure', () => {
		const marks = chartEvents(
			[{ ...events[0]!, title: 'Coup: the presidential guard overthrows President Bazoum' }],
			{ countries: ['NER'], from: 1960, to: 2024, locale: 'en', countryName: name }
		);
		const [line] = eventExportLines(marks, (e) => `Event ${e.label}: ${e.title}`, 30);
		// 29 characters kept: "Event 1: " (9) + "Coup: " (6) + "the " (4) + "presidenti" (10)
		expect(line).toBe('Event 1: Coup: the presidenti…');
		expect(eventExportLines(marks, (e) => e.label, 30)).toEqual(['1']);
	});
});
