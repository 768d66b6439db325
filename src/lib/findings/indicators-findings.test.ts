/**
 * The indicators page's findings on the site's default data: the matrix on published data
 * (SIPRI 2016 → 2024 against OBS and PEFA), SIPRI's burden, and the demo records' matrix and
 * competitive share — every number against its source computation, one by hand from the CSV.
 */
import { beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { MatrixCell } from '../governance/matrix/matrix-types.ts';
import { queryAccountabilityMatrix } from '../governance/matrix/matrix-inputs.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { openShippedData } from '../governance/shipped-data-node.ts';
import { findingSentence, findingSource } from './finding-text.ts';
import { indicatorsFindings } from './indicators-findings.ts';

let all: IndicatorResult[];
let real: MatrixCell[];
let demoKinds: ('budget' | 'contracts' | 'oversight')[];
beforeAll(async () => {
	const data = await openShippedData({ demo: true });
	demoKinds = data.demoKinds;
	all = await runIndicators(data.engine);
	real = await queryAccountabilityMatrix(data.engine, 2016, 2024);
	await data.engine.close();
});

const G5 = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];
/** Each G5 country's latest row of an indicator's measure (what the overview shows). */
const latest = (id: string, measure: string) =>
	G5.flatMap((c) => {
		const rows = all.filter(
			(r) => r.id === id && r.measure === measure && r.country === c && r.value !== null
		);
		const year = Math.max(...rows.map((r) => r.year));
		return rows.filter((r) => r.year === year);
	});

const findings = () =>
	indicatorsFindings(
		{
			burden: latest('milex-burden', 'share_gdp'),
			competitive: latest('competitive-share', 'value'),
			matrix: all.filter((r) => r.id === 'accountability-gap'),
			real
		},
		demoKinds
	);

test('published data first: the fastest real growth among the gap countries', () => {
	const [gap] = findings();
	// Gap cells (matrix-real.test.ts): BFA 24.1 %/yr, MLI 10.2 %, MRT 5.9 %; Burkina Faso fastest.
	// By hand from data/sipri-milex.csv: (1002.35 / 177.88)^(1/8) − 1 = 0.2411
	const usd = (c: string, y: number) =>
		Number(
			readFileSync('data/sipri-milex.csv', 'utf8')
				.split('\n')
				.find((l) => l.startsWith(`${c},${y},usd_constant_2023,`))!
				.split(',')[3]
		);
	const byHand = (usd('BFA', 2024) / usd('BFA', 2016)) ** (1 / 8) - 1;
	expect(gap?.params).toMatchObject({ country: 'BFA', from: 2016, to: 2024, others: 2, total: 5 });
	expect(gap?.params.value).toBeCloseTo(byHand, 10);
	expect(gap?.isDemo).toBe(false);
	expect(findingSentence(gap!, 'fr')).toBe(
		'Au Burkina Faso, les dépenses militaires ont crû de 24,1\u202f% par an en termes réels de 2016 à 2024 (SIPRI) face à un contrôle que l’Open Budget Survey et le PEFA disent faible : déficit de redevabilité, comme dans 2 autre(s) des 5 pays.'
	);
	expect(findingSource(gap!, 'en')).toBe(
		'Stockholm International Peace Research Institute (SIPRI) · International Budget Partnership · PEFA Secretariat (pefa.org)'
	);
});

test('SIPRI’s burden: the largest and smallest share of GDP of the latest year', () => {
	const burden = findings().find((f) => f.id === 'indicators-burden')!;
	// 2024 share_gdp: BFA 0.0468 highest, MRT 0.0216 lowest (NER 0.0224, TCD 0.0298, MLI 0.0420)
	const rows = latest('milex-burden', 'share_gdp');
	const top = rows.reduce((a, r) => (r.value! > a.value! ? r : a));
	const low = rows.reduce((a, r) => (r.value! < a.value! ? r : a));
	expect(burden.params).toEqual({
		country: top.country,
		year: 2024,
		value: top.value,
		n: 5,
		min: low.value,
		minCountry: low.country
	});
	expect([top.country, low.country]).toEqual(['BFA', 'MRT']);
	expect(findingSentence(burden, 'fr')).toBe(
		'En 2024, les dépenses militaires représentent 4,7\u202f% du PIB au Burkina Faso, la part la plus élevée des 5 pays (la plus faible : 2,2\u202f%, Mauritanie), selon le SIPRI.'
	);
});

test('on the demo records: country-years with a gap, and the weakest competitive share', () => {
	const [, , gaps, competitive] = findings();
	const gap = all.filter((r) => r.id === 'accountability-gap' && r.score);
	const verdicts = new Map(gap.map((r) => [`${r.country}|${r.year}`, r.score]));
	const flagged = [...verdicts].filter(([, v]) => v === 'gap');
	expect(gaps?.params).toMatchObject({
		n: flagged.length,
		total: verdicts.size,
		from: 2016,
		to: 2024
	});
	const perCountry = new Map<string, number>();
	for (const [key] of flagged)
		perCountry.set(key.slice(0, 3), (perCountry.get(key.slice(0, 3)) ?? 0) + 1);
	const top = [...perCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
	expect([gaps?.params.country, gaps?.params.countryN]).toEqual(top);
	expect(gaps?.isDemo).toBe(true);
	expect(findingSentence(gaps!, 'fr')).toContain('(données fictives de démonstration)');
	const share = latest('competitive-share', 'value');
	const low = share.reduce((a, r) => (r.value! < a.value! ? r : a));
	expect(competitive?.params).toMatchObject({
		country: low.country,
		value: low.value,
		band: low.score
	});
	expect(findingSentence(competitive!, 'en')).toContain('(fictitious demonstration data)');
});
