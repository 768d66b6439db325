/**
 * The real picture of oversight for the secrecy and oversight view: every Open Budget Survey
 * round, the PEFA scores of external audit and legislative scrutiny (PI-30, PI-31) and public
 * access to fiscal information (PI-9) with their dimensions, TI's GDI values, and the dated
 * events. Published data: computed once at build time; the filters only select rows.
 */
import type { Engine } from '../db/engine.ts';
import type { ExploreFilters } from '../explore/filters.ts';
import { queryEvents, type GovernanceEvent } from './budgets-events.ts';
import {
	queryGdi,
	queryObsSeries,
	queryPefaScores,
	type GdiValue,
	type ObsScore,
	type PefaScore
} from './scores.ts';

export type OversightPicture = {
	obs: ObsScore[];
	pefa: PefaScore[];
	gdi: GdiValue[];
	events: GovernanceEvent[];
};

/** PI-9 (its one dimension is the indicator), PI-30 and PI-31 with their four dimensions each. */
export const PICTURE_PEFA_CODES = [
	'PI-9',
	'PI-30',
	'PI-30.1',
	'PI-30.2',
	'PI-30.3',
	'PI-30.4',
	'PI-31',
	'PI-31.1',
	'PI-31.2',
	'PI-31.3',
	'PI-31.4'
] as const;

export async function queryOversightPicture(engine: Engine): Promise<OversightPicture> {
	return {
		obs: await queryObsSeries(engine),
		pefa: await queryPefaScores(engine, PICTURE_PEFA_CODES, { all: true }),
		gdi: await queryGdi(engine),
		events: await queryEvents(engine, { from: '1950', to: '2100' })
	};
}

/**
 * The rows in the filters: the country filter applies to everything; the years to OBS rounds and
 * events. PEFA assessments are kept up to the last year (the latest one as of then is the
 * picture of that year) and a GDI edition whole (one survey, data of 2018–2019).
 */
export function pictureInFilters(
	picture: OversightPicture,
	filters: Pick<ExploreFilters, 'country' | 'from' | 'to'>
): OversightPicture {
	const country = (r: { country: string }) =>
		!filters.country.length || filters.country.includes(r.country);
	const year = (y: number) =>
		(filters.from === null || y >= filters.from) && (filters.to === null || y <= filters.to);
	return {
		obs: picture.obs.filter((r) => country(r) && year(r.year)),
		pefa: picture.pefa.filter((r) => country(r) && (filters.to === null || r.year <= filters.to)),
		gdi: picture.gdi.filter(country),
		events: picture.events.filter((e) => country(e) && year(Number(e.date.slice(0, 4))))
	};
}
