/** The latest SIPRI figures of one G5 country, for its profile page (SQL in country-profile.sql). */
import type { Engine } from '../db/engine.ts';
import type { G5Country } from './measures.ts';
import profileSql from './country-profile.sql?raw';

export type LatestFigure = { series: string; year: number; value: number; g5_total: number | null };

export async function queryLatestFigures(
	engine: Engine,
	country: G5Country
): Promise<Record<string, LatestFigure>> {
	const rows = await engine.query<LatestFigure>(profileSql, [country, country]);
	return Object.fromEntries(rows.map((r) => [r.series, r]));
}
