import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../db/engine.ts';
import { openNodeEngine } from '../../db/node-engine.ts';
import { auditCoverage } from '../audit-coverage/indicator.ts';
import { classifiedShare } from '../classified-share/indicator.ts';
import { competitiveShare } from '../competitive-share/indicator.ts';
import type { IndicatorResult } from '../define-indicator.ts';
import { loadFixtures, pick } from '../load-fixtures.ts';
import { runIndicator } from '../run-indicators.ts';
import { accountabilityGap } from './indicator.ts';

let engine: Engine;
let results: IndicatorResult[];

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadFixtures(engine, import.meta.dirname);
	results = await runIndicator(engine, accountabilityGap);
});
afterAll(() => engine.close());

const part = (country: string, year: number, measure: string) =>
	pick(results, { country, year, measure });

describe('accountability-gap', () => {
	it('puts rising spending with low audit coverage in the gap cell', () => {
		// growth: (1200+100)/1000 - 1 = 0.3 > 0.05; coverage: 260/1300 = 0.2 < 0.5 -> gap
		expect(part('BFA', 2022, 'spending_growth')).toMatchObject({
			value: 0.3,
			unit: 'growth',
			score: 'gap'
		});
		expect(part('BFA', 2022, 'audit_coverage')).toMatchObject({ value: 0.2, score: 'gap' });
	});

	it('shows secrecy and non-competitive shares beside the cell', () => {
		// classified: 100/(1150+100) = 0.08; non-competitive: 1 - 600/(600+400) = 0.4
		expect(part('BFA', 2022, 'classified_share').value).toBe(0.08);
		expect(part('BFA', 2022, 'non_competitive_share').value).toBe(0.4);
	});

	it('puts stable, well-audited spending in the covered cell', () => {
		// growth (1226+100)/1300 - 1 = 0.02 <= 0.05; coverage 1000/1326 = 0.754 >= 0.5 -> covered
		expect(part('BFA', 2023, 'spending_growth').value).toBeCloseTo(0.02, 11);
		expect(part('BFA', 2023, 'audit_coverage')).toMatchObject({ score: 'covered' });
		expect(part('BFA', 2023, 'audit_coverage').value).toBeCloseTo(1000 / 1326, 11);
		// no contracts in 2023 -> NULL part
		expect(part('BFA', 2023, 'non_competitive_share').value).toBeNull();
	});

	it('leaves the cell empty when an axis is missing', () => {
		// BFA 2021: no 2020 -> growth NULL; MLI: no oversight data -> coverage NULL
		expect(part('BFA', 2021, 'spending_growth').score).toBeUndefined();
		expect(part('MLI', 2022, 'spending_growth')).toMatchObject({ value: 0.25 });
		expect(part('MLI', 2022, 'audit_coverage').value).toBeNull();
		expect(part('MLI', 2022, 'audit_coverage').score).toBeUndefined();
	});

	it('moves the cell with the coverage threshold parameter', async () => {
		const lowBar = await runIndicator(engine, accountabilityGap, { coverage_threshold: 0.1 });
		// coverage 0.2 >= 0.1 and growth 0.3 > 0.05 -> rising_covered
		expect(pick(lowBar, { country: 'BFA', year: 2022, measure: 'audit_coverage' }).score).toBe(
			'rising_covered'
		);
	});

	it('computes its parts exactly as the standalone indicators do', async () => {
		const audit = await runIndicator(engine, auditCoverage);
		const secret = await runIndicator(engine, classifiedShare);
		const competitive = await runIndicator(engine, competitiveShare);
		for (const year of [2022, 2023]) {
			expect(part('BFA', year, 'audit_coverage').value).toBe(
				pick(audit, { country: 'BFA', year }).value
			);
			expect(part('BFA', year, 'classified_share').value).toBe(
				pick(secret, { country: 'BFA', year }).value
			);
		}
		const share = pick(competitive, { country: 'BFA', year: 2022, measure: 'value' }).value!;
		expect(part('BFA', 2022, 'non_competitive_share').value).toBeCloseTo(1 - share, 11);
	});
});
