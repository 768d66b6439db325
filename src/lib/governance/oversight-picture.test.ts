import { beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { openShippedData } from './shipped-data-node.ts';
import {
	pictureInFilters,
	queryOversightPicture,
	type OversightPicture
} from './oversight-picture.ts';

let picture: OversightPicture;
beforeAll(async () => {
	const { engine } = await openShippedData();
	picture = await queryOversightPicture(engine);
	await engine.close();
});

/** The CSV's rows, read here without the app, for hand checks. */
const scores = readFileSync('data/governance-scores.csv', 'utf8').split('\n');

test('every OBS round of the four surveyed countries, none for Mauritania', () => {
	expect([...new Set(picture.obs.map((r) => r.country))]).toEqual(['BFA', 'MLI', 'NER', 'TCD']);
	// Chad 2023 legislative oversight, as the Data360 file has it
	const line = scores.find((l) => l.startsWith('obs,OBS 2023,TCD,2023,legislative_oversight,'))!;
	const tcd = picture.obs.find(
		(r) => r.country === 'TCD' && r.year === 2023 && r.indicator === 'legislative_oversight'
	);
	expect(tcd?.value).toBe(Number(line.split(',')[7]));
	expect(tcd?.value).toBe(22.25);
});

test('PEFA PI-9, PI-30, PI-31 and their dimensions for every G5 assessment', () => {
	const assessments = [...new Set(picture.pefa.map((r) => `${r.country} ${r.year}`))];
	expect(assessments).toEqual([
		'BFA 2017',
		'MLI 2018',
		'MLI 2020',
		'MLI 2021',
		'MRT 2020',
		'NER 2017',
		'NER 2023',
		'TCD 2018'
	]);
	// 11 codes each, as published: Niger 2023 PI-31.3 A, Chad 2018 PI-30.3 not rated
	expect(picture.pefa).toHaveLength(8 * 11);
	const score = (c: string, y: number, code: string) =>
		picture.pefa.find((r) => r.country === c && r.year === y && r.code === code)?.score;
	expect([score('NER', 2023, 'PI-31.3'), score('TCD', 2018, 'PI-30.3')]).toEqual(['A', 'NR']);
});

test('the filters select countries and years; the Niger 2024 rules are events', () => {
	const ner = pictureInFilters(picture, { country: ['NER'], from: 2024, to: 2024 });
	expect(ner.obs).toEqual([]);
	// PEFA up to 2024: both assessments, 2017 and 2023; up to 2022, only 2017
	expect([...new Set(ner.pefa.map((r) => r.year))]).toEqual([2017, 2023]);
	const before = pictureInFilters(picture, { country: ['NER'], from: 2019, to: 2022 });
	expect([...new Set(before.pefa.map((r) => r.year))]).toEqual([2017]);
	expect(ner.events.map((e) => `${e.date} ${e.kind}`)).toEqual([
		'2024-01-04 finance_law',
		'2024-02-23 procurement_rule',
		'2024-04-04 procurement_rule'
	]);
	// GDI 2020 is kept whatever the years
	expect(ner.gdi.some((r) => r.indicator === 'Q26' && r.value === 0)).toBe(true);
});
