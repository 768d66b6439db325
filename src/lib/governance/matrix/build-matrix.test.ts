import { describe, expect, test } from 'vitest';
import type { GdiValue, ObsScore, PefaScore } from '../scores.ts';
import { buildAccountabilityMatrix } from './build-matrix.ts';
import type { MatrixInputs } from './matrix-types.ts';

const cite = { source_title: 'T', source_url: 'https://example.org/s', publisher: 'P' };
const obs = (country: string, year: number, indicator: string, value: number): ObsScore =>
	({ ...cite, country, year, indicator, value, score: String(value), note: '' }) as ObsScore;
const pefa = (country: string, year: number, code: string, score: string): PefaScore => ({
	...cite,
	country,
	year,
	code,
	indicator: code.split('.')[0] as string,
	dimension: code.includes('.') ? code : '',
	score,
	edition: 'PEFA 2016 framework',
	note: ''
});
const q26 = (country: string, value: number): GdiValue => ({
	...cite,
	country,
	edition: 'GDI 2020',
	year: 2020,
	indicator: 'Q26',
	score: `${value}/100`,
	value,
	note: ''
});

const inputs = (to: number): MatrixInputs => ({
	from: 2015,
	to,
	growth: [
		{ country: 'BFA', growth: 1.5, cagr: 0.1 },
		{ country: 'MLI', growth: 0.2, cagr: 0.02 },
		{ country: 'MRT', growth: null, cagr: null },
		{ country: 'NER', growth: -0.09, cagr: -0.01 },
		{ country: 'TCD', growth: 0.7, cagr: 0.06 }
	],
	obs: [
		obs('BFA', 2019, 'legislative_oversight', 60),
		obs('BFA', 2019, 'audit_oversight', 44.5),
		obs('BFA', 2023, 'legislative_oversight', 38.8),
		obs('BFA', 2023, 'audit_oversight', 38.8),
		obs('MLI', 2023, 'legislative_oversight', 30.4),
		obs('MLI', 2023, 'audit_oversight', 66.7),
		obs('NER', 2023, 'legislative_oversight', 72),
		obs('NER', 2023, 'audit_oversight', 70),
		obs('TCD', 2023, 'legislative_oversight', 22.25),
		obs('TCD', 2023, 'audit_oversight', 50)
	],
	pefa: [
		pefa('BFA', 2017, 'PI-30', 'D+'),
		pefa('BFA', 2017, 'PI-31', 'D'),
		pefa('BFA', 2017, 'PI-24.2', 'NR'),
		pefa('MLI', 2021, 'PI-30', 'D'),
		pefa('MLI', 2021, 'PI-31', 'D'),
		pefa('MRT', 2020, 'PI-30', 'D+'),
		pefa('MRT', 2020, 'PI-31', 'D+'),
		pefa('TCD', 2018, 'PI-30', 'B'),
		pefa('TCD', 2018, 'PI-31', 'C'),
		pefa('TCD', 2018, 'PI-24.2', 'C')
	],
	gdi: [q26('BFA', 0), q26('NER', 0)]
});
const byCountry = (to: number) =>
	Object.fromEntries(buildAccountabilityMatrix(inputs(to)).map((c) => [c.country, c]));

describe('accountability matrix from published parts (hand-computed)', () => {
	test('one cell per G5 country, each kind of cell where its rule says', () => {
		const m = byCountry(2024);
		expect(Object.keys(m)).toEqual(['BFA', 'MLI', 'MRT', 'NER', 'TCD']);
		// BFA: 10 %/yr ≥ 5 % → high; OBS 38.8 → 39 weak (×2), PI-30 D+ weak, PI-31 D weak: 4 of 4 weak
		expect([m.BFA?.growth.level, m.BFA?.oversight.level, m.BFA?.cell]).toEqual([
			'high',
			'weak',
			'gap'
		]);
		// MLI: 2 %/yr moderate; 30.4 weak, 66.7 strong, D weak, D weak: 3 of 4 weak → weak
		expect([m.MLI?.oversight.level, m.MLI?.cell]).toEqual(['weak', 'weak_oversight']);
		// TCD: 6 %/yr high; 22.25 weak, 50 medium, B strong, C medium: 1 of 4 weak, 1 of 4 strong
		expect([m.TCD?.oversight.level, m.TCD?.cell]).toEqual(['medium', 'rising_overseen']);
		// NER: −1 %/yr falling; 72 and 70 strong, no PEFA part: 2 of 2 strong → strong
		expect([m.NER?.growth.level, m.NER?.oversight.level, m.NER?.cell]).toEqual([
			'falling',
			'strong',
			'overseen'
		]);
		// MRT: no SIPRI growth for the period → unknown, even with weak oversight (D+, D+)
		expect([m.MRT?.growth.level, m.MRT?.oversight.level, m.MRT?.cell]).toEqual([
			null,
			'weak',
			'unknown'
		]);
	});

	test('each part carries its published score, year, edition and source', () => {
		const bfa = byCountry(2024).BFA;
		expect(bfa?.oversight.parts.map((p) => [p.id, p.score, p.year, p.level])).toEqual([
			['obs_legislative', '38.8', 2023, 'weak'],
			['obs_audit', '38.8', 2023, 'weak'],
			['pefa_pi30', 'D+', 2017, 'weak'],
			['pefa_pi31', 'D', 2017, 'weak']
		]);
		expect(bfa?.oversight.parts[0]?.edition).toBe('OBS 2023');
		expect(bfa?.oversight.parts[0]?.source_url).toBe('https://example.org/s');
		expect([bfa?.secrecy.score, bfa?.secrecy.level, bfa?.secrecy.edition]).toEqual([
			'0/100',
			'weak',
			'GDI 2020'
		]);
		// PI-24.2 "NR" (not rated) is shown as published, with no level: no evidence is not a grade
		expect([bfa?.competition.score, bfa?.competition.level]).toEqual(['NR', null]);
		expect([bfa?.growth.value, bfa?.growth.total, bfa?.growth.from, bfa?.growth.year]).toEqual([
			0.1, 1.5, 2015, 2024
		]);
		expect(bfa?.growth.source_url).toBe('https://www.sipri.org/databases/milex');
	});

	test('as of 2020, nothing newer is used: BFA’s 2019 OBS, no GDI 2020 before 2020', () => {
		const bfa = byCountry(2020).BFA;
		// 60 medium, 44.5 → 45 medium, D+ weak, D weak: 2 of 4 weak, a tie → weak
		expect(bfa?.oversight.parts.map((p) => [p.year, p.level])).toEqual([
			[2019, 'medium'],
			[2019, 'medium'],
			[2017, 'weak'],
			[2017, 'weak']
		]);
		expect(bfa?.oversight.level).toBe('weak');
		expect(byCountry(2019).BFA?.secrecy).toMatchObject({ score: null, level: null, year: null });
		// MLI as of 2020: no OBS 2023 and no PEFA 2021 yet → no part → unknown oversight
		expect([byCountry(2020).MLI?.oversight.level, byCountry(2020).MLI?.cell]).toEqual([
			null,
			'unknown'
		]);
	});
});
