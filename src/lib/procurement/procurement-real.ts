/**
 * The real picture of procurement for the five countries, first on /marches/: every PEFA
 * assessment's PI-24 (procurement) with its four dimensions — PI-24.2 is the share of contract
 * value awarded through competitive methods —, Transparency International's GDI 2020 procurement
 * risk area (with the overall band of the index's previous edition where the 2020 index has no
 * page), and the dated rule changes (Niger's 2024 exclusion of defence and security purchases
 * from the procurement code). Published data, each row with its source: read once at build time
 * (`+page.server.ts`); the filters only select rows.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { queryEvents, type GovernanceEvent } from '../governance/budgets-events.ts';
import { queryGdi, queryPefaScores, type GdiValue, type PefaScore } from '../governance/scores.ts';

/** PI-24 and its dimensions, in the order the score grid shows them. */
export const PI24_CODES = ['PI-24', 'PI-24.1', 'PI-24.2', 'PI-24.3', 'PI-24.4'] as const;
/** The dimension the view is about: competitive methods. */
export const PI24_METHODS = 'PI-24.2';

/**
 * PEFA 2016, PI-24.2: the share of the value of contracts awarded through competitive methods in
 * the last completed fiscal year that each letter needs; D is less than C needs. PEFA Secretariat,
 * PI-24 scoring table (https://www.pefa.org/node/4605).
 */
export const PI242_AT_LEAST: Readonly<Record<string, number>> = { A: 0.8, B: 0.7, C: 0.6 };

/** A PEFA letter as a number for ranking (A 4 … D 1, `+` half a step); null when not rated. */
export function pefaRank(score: string): number | null {
	const m = /^([A-D])(\+)?/.exec(score);
	return m ? 'DCBA'.indexOf(m[1]!) + 1 + (m[2] ? 0.5 : 0) : null;
}

export type ProcurementReal = {
	/** Every assessment, oldest first per country. */
	pefa: PefaScore[];
	/** GDI 2020's procurement risk area, and the overall band of each country's latest edition. */
	gdi: GdiValue[];
	/** Rule changes of procurement (`procurement_rule`), oldest first. */
	events: GovernanceEvent[];
};

export async function queryProcurementReal(engine: Engine): Promise<ProcurementReal> {
	const gdi = await queryGdi(engine);
	return {
		pefa: await queryPefaScores(engine, PI24_CODES, { all: true }),
		gdi: gdi.filter((g) => g.indicator === 'procurement' || g.indicator === 'overall'),
		events: await queryEvents(engine, { from: '1950', to: '2100', kinds: ['procurement_rule'] })
	};
}

/**
 * The rows of the countries the filter keeps (all when none is chosen). The period filter is the
 * contracts': a PEFA assessment or a GDI edition is one survey, and a rule stays in force.
 */
export function realInFilters(
	real: ProcurementReal,
	filters: Pick<ExploreFilters, 'country'>
): ProcurementReal {
	const keep = <R extends { country: string }>(rows: R[]) =>
		filters.country.length ? rows.filter((r) => filters.country.includes(r.country)) : rows;
	return { pefa: keep(real.pefa), gdi: keep(real.gdi), events: keep(real.events) };
}

/** Each country's latest PEFA score for `code`, country A–Z. */
export function latestPefa(pefa: readonly PefaScore[], code: string): PefaScore[] {
	const latest = new Map<string, PefaScore>();
	for (const s of pefa)
		if (s.code === code && (latest.get(s.country)?.year ?? -Infinity) < s.year)
			latest.set(s.country, s);
	return [...latest.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/** GDI 2020's procurement risk area by country; absent countries have no 2020 page. */
export function gdiProcurement(gdi: readonly GdiValue[]): GdiValue[] {
	return gdi.filter((g) => g.edition === 'GDI 2020' && g.indicator === 'procurement');
}
