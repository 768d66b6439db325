import { expect, test } from 'vitest';
import { syncDemo } from '../explore/demo-data.ts';
import { nodeDemoReader } from '../explore/demo-data-node.ts';
import { EMPTY_FILTERS, parseFilters } from '../explore/filters.ts';
import { withEmptyTables } from '../ingest/fixtures/with-empty-tables.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import { runIndicators } from '../indicators/run-indicators.ts';
import { readDemoCsv, sumOf } from '../oversight/demo-csv.ts';
import { oversightLoader } from '../oversight/oversight-view-data.ts';
import { findingSentence, findingSource } from './finding-text.ts';
import { CLASSIFIED_TOP_THRESHOLD, oversightFindings } from './oversight-findings.ts';
import type { Finding } from './finding.ts';

const db = withEmptyTables();
const byId = (findings: Finding[], id: string) => {
	const f = findings.find((x) => x.id === id);
	if (!f) throw new Error(`no finding ${id}`);
	return f;
};
const of = (rows: IndicatorResult[], id: string, measure?: string) =>
	rows.filter((r) => r.id === id && (measure === undefined || r.measure === measure));
const latestYear = (rows: IndicatorResult[]) =>
	Math.max(...rows.filter((r) => r.value !== null).map((r) => r.year));

test('every oversight finding’s numbers are the indicators’ own, on the demo data', async () => {
	const demoKinds = await syncDemo(db.engine, [], nodeDemoReader());
	const view = await oversightLoader(db.engine)({ ...EMPTY_FILTERS, country: [] });
	const findings = oversightFindings(view, demoKinds);
	const all = await runIndicators(db.engine);
	expect(findings.map((f) => f.id)).toEqual([
		'oversight-derogation',
		'oversight-classified',
		'oversight-unaudited',
		'oversight-audit',
		'oversight-publication'
	]);
	expect(findings.every((f) => f.isDemo && f.view === 'oversight')).toBe(true);

	// Derogation: the largest value share of the latest award year.
	const derog = of(all, 'derogation-share', 'value');
	const year = latestYear(derog);
	const top = derog.filter((r) => r.year === year).sort((a, b) => b.value! - a.value!)[0]!;
	expect(byId(findings, 'oversight-derogation').params).toEqual({
		country: top.country,
		year,
		value: top.value,
		n: 5
	});
	// By hand from data/demo/contracts.csv: Mali's 2024 contracts, Σ amount with derogation ÷ Σ
	// amount of those that say (all of them do), ≈ 0.5067 (runIndicators: 0.506692018251).
	const mali24 = readDemoCsv('contracts.csv').filter(
		(r) => r.country === 'MLI' && r.award_date!.startsWith('2024')
	);
	const byHand =
		sumOf(mali24, 'amount', (r) => r.derogation === 'true') /
		sumOf(mali24, 'amount', (r) => r.derogation !== '');
	expect(top.country).toBe('MLI');
	expect(byId(findings, 'oversight-derogation').params.value).toBeCloseTo(byHand, 10);

	// Classified share: countries above the GDI's 8 % in the latest year, and the range.
	const cls = of(all, 'classified-share').filter(
		(r) => r.year === latestYear(of(all, 'classified-share'))
	);
	const values = cls.map((r) => r.value!);
	expect(CLASSIFIED_TOP_THRESHOLD).toBe(0.08);
	expect(byId(findings, 'oversight-classified').params).toEqual({
		year: 2024,
		n: values.filter((v) => v > 0.08).length,
		total: cls.length,
		threshold: 0.08,
		min: Math.min(...values),
		max: Math.max(...values)
	});

	// Never audited: audit-coverage rows with spending, oversight data and no audit report at
	// all (value 0, no report counted); the demo has 16 of them, 6 in Chad.
	const cover = of(all, 'audit-coverage');
	const none = cover.filter((r) => r.value === 0 && r.coverage?.total === 0);
	expect(byId(findings, 'oversight-unaudited').params).toEqual({
		from: 2016,
		to: 2024,
		n: none.length,
		country: 'TCD',
		countryN: none.filter((r) => r.country === 'TCD').length
	});
	expect([none.length, none.filter((r) => r.country === 'TCD').length]).toEqual([16, 6]);

	// Audit coverage: the smallest and largest of the latest year.
	const cov = cover.filter((r) => r.year === latestYear(cover) && r.value !== null);
	const low = [...cov].sort((a, b) => a.value! - b.value!)[0]!;
	const high = [...cov].sort((a, b) => b.value! - a.value!)[0]!;
	expect(byId(findings, 'oversight-audit').params).toEqual({
		country: low.country,
		year: low.year,
		value: low.value,
		max: high.value,
		maxCountry: high.country,
		n: cov.length,
		zero: cov.filter((r) => r.value === 0).length
	});

	// Publication: documents with a PI-9 deadline, how many late, and the longest lag.
	const lag = of(all, 'publication-lag').filter((r) => r.score === 'late' || r.score === 'on_time');
	const longest = [...lag].sort((a, b) => b.value! - a.value!)[0]!;
	expect(byId(findings, 'oversight-publication').params).toEqual({
		late: lag.filter((r) => r.score === 'late').length,
		total: lag.length,
		days: longest.value,
		country: longest.country,
		year: longest.year,
		document: longest.group?.name
	});
});

test('sentences carry their numbers, place and the demo notice in both languages', async () => {
	const demoKinds = await syncDemo(db.engine, [], nodeDemoReader());
	const view = await oversightLoader(db.engine)({ ...EMPTY_FILTERS, country: [] });
	const [derog, , unaudited, audit, publication] = oversightFindings(view, demoKinds);
	// Mali 2024: 0.506692018251 → 50,7 %
	expect(findingSentence(derog!, 'fr')).toBe(
		'Au Mali, 50,7\u202f% de la valeur des marchés attribués en 2024 l’a été sous régime dérogatoire (secret défense), la part la plus forte des 5 pays (données fictives de démonstration).'
	);
	expect(findingSentence(derog!, 'en')).toContain('In Mali, 50.7% of the value');
	expect(findingSentence(unaudited!, 'fr')).toBe(
		'De 2016 à 2024, 16 exercice(s) de dépenses de défense et de sécurité exécutées n’ont fait l’objet d’aucun rapport d’audit, dont 6 au Tchad (données fictives de démonstration).'
	);
	// 2024: Chad 0 %, Burkina Faso 5.4 %, Mali 5.7 %, Niger 8.5 %, Mauritania 25.0 %
	expect(findingSentence(audit!, 'fr')).toBe(
		'Au Tchad, aucun rapport d’audit ne couvre les dépenses de défense et de sécurité exécutées en 2024 ; parmi les 5 pays, les audits en couvrent au mieux 25,0\u202f% (Mauritanie) (données fictives de démonstration).'
	);
	// The longest lag: Niger's 2016 execution law, 742 days ÷ (365.25 ÷ 12) = 24.4 months
	expect(findingSentence(publication!, 'fr')).toContain(
		'le plus tardif : Loi de règlement, Niger 2016, publié 24,4 mois après'
	);
	// the indicator's short name, then its framework's edition
	expect(findingSource(derog!, 'en')).toMatch(
		/^Contracts under the .+ — Government Defence Integrity Index 2020$/
	);
});

test('one country filtered: the sentences name it, not a ranking', async () => {
	const demoKinds = await syncDemo(db.engine, [], nodeDemoReader());
	const filters = parseFilters(new URLSearchParams('country=MRT&to=2022')).filters;
	const view = await oversightLoader(db.engine)(filters);
	const found = oversightFindings(view, demoKinds);
	expect(found.map((f) => f.type)).toEqual([
		'derogation_one',
		'classified_one',
		'unaudited_country',
		'audit_one',
		'publication_late'
	]);
	// Mauritania 2022, from the derogation rows above: 0.334895657059 → 33,5 %
	expect(findingSentence(found[0]!, 'fr')).toBe(
		'En Mauritanie, 33,5\u202f% de la valeur des marchés attribués en 2022 l’a été sous régime dérogatoire (secret défense) (données fictives de démonstration).'
	);
	expect(findingSentence(found[2]!, 'en')).toBe(
		'In Mauritania, 1 fiscal year(s) of executed defence and security spending between 2016 and 2022 had no audit report at all (fictitious demonstration data).'
	);
});

test('findings on the user’s own data carry no demo words', async () => {
	await syncDemo(db.engine, [], nodeDemoReader());
	const view = await oversightLoader(db.engine)({ ...EMPTY_FILTERS, country: [] });
	const [derog] = oversightFindings(view, ['budget', 'oversight']);
	expect(derog?.isDemo).toBe(false);
	expect(findingSentence(derog!, 'fr')).not.toContain('fictives');
	const [, classified] = oversightFindings(view, ['budget']);
	expect(classified?.isDemo).toBe(true);
});

test('several countries without any audit: counted, one named, the best coverage beside', async () => {
	const demoKinds = await syncDemo(db.engine, [], nodeDemoReader());
	const view = await oversightLoader(db.engine)(
		parseFilters(new URLSearchParams('to=2022')).filters
	);
	const audit = oversightFindings(view, demoKinds).find((f) => f.id === 'oversight-audit')!;
	// 2022: Burkina Faso 16.3 %, Mali 0, Mauritania 0, Niger n/a (no amount), Chad 0
	expect(audit.type).toBe('audit_zero');
	expect(findingSentence(audit, 'fr')).toBe(
		'En 2022, aucun rapport d’audit ne couvre les dépenses de défense et de sécurité exécutées dans 3 pays sur 4, notamment au Mali ; au mieux, les audits en couvrent 16,3\u202f% (Burkina Faso) (données fictives de démonstration).'
	);
});
