import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { pefaPi1AggregateOutturn } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, pefaPi1AggregateOutturn);
});
afterAll(() => engine.close());

describe('pefa-pi1-aggregate-outturn', () => {
	it('divides executed by approved over defence and security lines only', () => {
		// 2021: (97+99)/(100+100) = 0.98; the "other" line (1000 approved, 0 executed) is left out
		expect(pick(results, { country: 'BFA', year: 2021 })).toMatchObject({
			value: 0.98,
			coverage: { n: 2, total: 2 }
		});
	});

	it('scores A when two of the last three years lie within 95-105%, naming the three', () => {
		// 2019: 200/200 = 1.0 (A); 2020: 180/200 = 0.9 (B); 2021: 0.98 (A) -> A twice -> A
		expect(pick(results, { country: 'BFA', year: 2021 })).toMatchObject({
			score: 'A',
			scoredYears: [2019, 2020, 2021]
		});
	});

	it('falls to B when only the 90-110% band holds twice', () => {
		// 2020: 0.9, 2021: 0.98, 2022: 250/200 = 1.25 -> A once, B twice -> B
		expect(pick(results, { country: 'BFA', year: 2022 })).toMatchObject({
			value: 1.25,
			score: 'B',
			scoredYears: [2020, 2021, 2022]
		});
	});

	it('refuses to score without a value in each of the three years', () => {
		// 2023 has no executed figure (NULL, coverage 0/2): 2021–2023 has two values only
		const y2023 = pick(results, { country: 'BFA', year: 2023 });
		expect(y2023).toMatchObject({ value: null, coverage: { n: 0, total: 2 } });
		expect(y2023.score).toBeUndefined();
		expect(y2023.scoredYears).toBeUndefined();
		// 2019: 2017 and 2018 absent
		expect(pick(results, { country: 'BFA', year: 2019 }).score).toBeUndefined();
	});

	it('gives NULL for zero approved, and then no letter even though D looked certain', () => {
		// MLI 2020: 70/100 = 0.7, 2021: 130/100 = 1.3, 2022: 10/0 -> NULL. Before 2.0.0 Vigie
		// scored D here (no band could be met twice); PEFA needs the three years: no score.
		const mli = pick(results, { country: 'MLI', year: 2022 });
		expect(mli.value).toBeNull();
		expect(mli.score).toBeUndefined();
	});
});
