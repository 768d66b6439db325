/**
 * "Growth between two years": constant-price military spending per G5 country and for the five
 * together. The maths is in `growth.sql`, shared by the page and `npm run vigie -- growth`.
 */
import type { Engine } from '../db/engine.ts';
import { G5, type G5Country } from './measures.ts';
import growthSql from './growth.sql?raw';

/** The constant-price series growth is always computed on: nominal growth would count inflation. */
export const GROWTH_SERIES = 'usd_constant_2023';

/** The growth panel's first year until the reader picks one (page, prerender, country profile). */
export const DEFAULT_GROWTH_FROM = 2005;

export type GrowthRow = {
	country: G5Country | 'G5';
	v_from: number | null;
	v_to: number | null;
	growth: number | null;
	cagr: number | null;
};

export async function queryGrowth(engine: Engine, from: number, to: number): Promise<GrowthRow[]> {
	return engine.query<GrowthRow>(growthSql, [GROWTH_SERIES, from, to]);
}

export type GrowthReport = {
	release: string;
	prices: string;
	from: number;
	to: number;
	by_country: Record<G5Country, number | null>;
	g5: number | null;
};

/** The CLI's JSON shape: growth as fractions (0.5 = +50 %), null where a year is missing. */
export function toGrowthReport(
	rows: GrowthRow[],
	meta: { release: string; prices: string; from: number; to: number }
): GrowthReport {
	const byCountry = Object.fromEntries(G5.map((c) => [c, null])) as Record<
		G5Country,
		number | null
	>;
	let g5: number | null = null;
	for (const row of rows) {
		if (row.country === 'G5') g5 = row.growth;
		else byCountry[row.country] = row.growth;
	}
	return { ...meta, by_country: byCountry, g5 };
}
