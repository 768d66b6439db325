/**
 * The key findings of the indicators page, real first: where the accountability matrix on
 * published data finds a gap (SIPRI growth against OBS and PEFA oversight), which country spends
 * the largest share of its GDP on the military (SIPRI), then, on the imported or demonstration
 * records, how many country-years the matrix flags and the weakest competitive share. Pure;
 * `indicators-findings.test.ts` checks every number against its source computation.
 */
import type { MatrixCell } from '../governance/matrix/matrix-types.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { extremeRow, isDemoOf, latestRows, type Finding } from './finding.ts';

/** A country's latest value of an indicator (the overview's cells). */
type Latest = { country: string; year: number; value: number | null; score?: string };

export type IndicatorsFindingsInput = {
	/** SIPRI's military spending as a share of GDP, each country's latest year. */
	burden: Latest[];
	/** Competitive share of contract value, each country's latest year. */
	competitive: Latest[];
	/** The accountability-gap rows on imported or demonstration records. */
	matrix: IndicatorResult[];
	/** The accountability matrix on published data. */
	real: MatrixCell[];
};

const real = (f: Omit<Finding, 'view' | 'isDemo'>): Finding => ({
	...f,
	view: 'indicators',
	isDemo: false
});

/** The publishers behind a matrix cell's growth and oversight parts, as cited. */
const publishers = (cell: MatrixCell) => [
	...new Set(
		[cell.growth, ...cell.oversight.parts].filter((p) => p.year !== null).map((p) => p.publisher)
	)
];

function realGap(cells: MatrixCell[]): Finding | null {
	const gaps = cells.filter((c) => c.cell === 'gap' && c.growth.value !== null);
	const top = [...gaps].sort((a, b) => b.growth.value! - a.growth.value!)[0];
	if (!top) return null;
	return real({
		id: 'indicators-real-gap',
		type: gaps.length > 1 ? 'matrix_real_gap' : 'matrix_real_gap_one',
		params: {
			country: top.country,
			value: top.growth.value!,
			from: top.growth.from,
			to: top.asOf,
			others: gaps.length - 1,
			total: cells.length
		},
		source: { indicators: [], kinds: [], cited: publishers(top) },
		anchor: 'real-matrix'
	});
}

function burden(rows: Latest[]): Finding | null {
	const latest = latestRows(rows);
	const [max, min] = [extremeRow(latest, 'max'), extremeRow(latest, 'min')];
	if (!max || !min) return null;
	return real({
		id: 'indicators-burden',
		type: latest.length > 1 ? 'milex_burden_max' : 'milex_burden_one',
		params: {
			country: max.country,
			year: max.year,
			value: max.value!,
			n: latest.length,
			min: min.value!,
			minCountry: min.country
		},
		source: { indicators: ['milex-burden'], kinds: [] },
		anchor: 'overview-title'
	});
}

function demoGaps(rows: IndicatorResult[], demoKinds: readonly DataKind[]): Finding | null {
	const verdicts = new Map<string, string>();
	for (const r of rows) if (r.score) verdicts.set(`${r.country}|${r.year}`, r.score);
	if (!verdicts.size) return null;
	const years = rows.map((r) => r.year);
	const byCountry = new Map<string, number>();
	for (const [key, verdict] of verdicts)
		if (verdict === 'gap')
			byCountry.set(key.split('|')[0]!, (byCountry.get(key.split('|')[0]!) ?? 0) + 1);
	const [country, countryN] = [...byCountry].sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	)[0] ?? ['', 0];
	const kinds: DataKind[] = ['budget', 'contracts', 'oversight'];
	return {
		id: 'indicators-demo-gaps',
		view: 'indicators',
		type: countryN ? 'matrix_demo_gaps' : 'matrix_demo_none',
		params: {
			n: [...verdicts.values()].filter((v) => v === 'gap').length,
			total: verdicts.size,
			from: Math.min(...years),
			to: Math.max(...years),
			country,
			countryN
		},
		source: { indicators: ['accountability-gap'], kinds },
		anchor: 'demo-matrix',
		isDemo: isDemoOf(kinds, demoKinds)
	};
}

function competitive(rows: Latest[], demoKinds: readonly DataKind[]): Finding | null {
	const latest = latestRows(rows);
	const min = extremeRow(latest, 'min');
	if (!min) return null;
	return {
		id: 'indicators-competitive',
		view: 'indicators',
		type: latest.length > 1 ? 'competitive_min' : 'competitive_one',
		params: {
			country: min.country,
			year: min.year,
			value: min.value!,
			band: min.score ?? '',
			n: latest.length
		},
		source: { indicators: ['competitive-share'], kinds: ['contracts'] },
		anchor: 'overview-title',
		isDemo: isDemoOf(['contracts'], demoKinds)
	};
}

/** The page's findings, published data first: at most four. */
export function indicatorsFindings(
	input: IndicatorsFindingsInput,
	demoKinds: readonly DataKind[]
): Finding[] {
	return [
		realGap(input.real),
		burden(input.burden),
		demoGaps(input.matrix, demoKinds),
		competitive(input.competitive, demoKinds)
	].filter((f): f is Finding => f !== null);
}
