import type { CellStatus } from './sipri-cell.ts';

/** One tidy observation: a country (or region), a year, a series. */
export interface SeriesRow {
	country: string;
	year: number;
	series: string;
	value: number | null;
	status: CellStatus;
}

/**
 * Marks SIPRI's stored zeros that really mean "no data".
 * The 2025 release stores some missing Mauritanian years as 0 in the money sheets while the
 * ratio sheets derived from the same figure (share of GDP, per capita) say `...`. A ratio cannot
 * be missing when its numerator is a real 0, so such a 0 is treated as missing. A 0 whose ratios
 * are present (or also 0, as for countries without armed forces) is kept.
 */
export function flagZeroAsMissing(
	rows: SeriesRow[],
	moneySeries: string[],
	ratioSeries: string[]
): SeriesRow[] {
	const money = new Set(moneySeries);
	const ratio = new Set(ratioSeries);
	const ratioMissing = new Set(
		rows
			.filter((r) => ratio.has(r.series) && r.status === 'missing')
			.map((r) => `${r.country}|${r.year}`)
	);
	return rows.map((r) =>
		money.has(r.series) &&
		r.status === 'ok' &&
		r.value === 0 &&
		ratioMissing.has(`${r.country}|${r.year}`)
			? { ...r, value: null, status: 'zero_as_missing' }
			: r
	);
}
