/**
 * Typed queries on the governance scores (PEFA, Open Budget Survey, GDI) that the views call.
 * The SQL is in `sql/*.sql`; values are always bound parameters. Lists go in as comma-joined
 * text (`'BFA,MLI'`) because both engines bind scalars only; an empty list means "all".
 */
import type { Engine } from '../db/engine.ts';
import pefaSql from './sql/pefa-scores.sql?raw';
import obsSql from './sql/obs-series.sql?raw';
import documentsSql from './sql/obs-documents.sql?raw';
import gdiSql from './sql/gdi.sql?raw';

/** The PEFA indicators and dimensions the views show first. */
export const PEFA_KEY_CODES = ['PI-1', 'PI-2', 'PI-9', 'PI-24', 'PI-24.2', 'PI-30', 'PI-31'];

export const OBS_INDICATORS = [
	'transparency',
	'participation',
	'legislative_oversight',
	'audit_oversight',
	'oversight'
] as const;
export type ObsIndicator = (typeof OBS_INDICATORS)[number];

/** Where a published value comes from: enough to write a caption and a link. */
export type Cited = { source_title: string; source_url: string; publisher: string };

export type PefaScore = Cited & {
	country: string;
	year: number;
	/** `PI-24.2` for a dimension, `PI-24` for the indicator's own score. */
	code: string;
	indicator: string;
	dimension: string;
	/** As published: `A`–`D`, `+`, `D*`, `NR` (not rated), `NA` (not applicable), `NU` (not used). */
	score: string;
	edition: string;
	note: string;
};

export type ObsScore = Cited & {
	country: string;
	year: number;
	indicator: ObsIndicator;
	value: number;
	score: string;
	note: string;
};

export type ObsDocument = {
	country: string;
	year: number;
	document: string;
	code: string;
	is_public: boolean;
	source_title: string;
	source_url: string;
};

export type GdiValue = Cited & {
	country: string;
	edition: string;
	year: number;
	indicator: string;
	score: string;
	value: number | null;
	note: string;
};

const list = (items: readonly string[] = []) => items.join(',');

/**
 * PEFA scores for `codes`. By default each country's latest assessment (up to `asOf` when given);
 * `all: true` returns every assessment, oldest first.
 */
export function queryPefaScores(
	engine: Engine,
	codes: readonly string[] = PEFA_KEY_CODES,
	opts: { countries?: readonly string[]; asOf?: number | null; all?: boolean } = {}
): Promise<PefaScore[]> {
	return engine.query<PefaScore>(pefaSql, [
		list(codes),
		list(opts.countries),
		opts.asOf ?? null,
		!opts.all
	]);
}

/** OBS scores per country and round, oldest first (no Mauritania: it is not surveyed). */
export function queryObsSeries(
	engine: Engine,
	indicators: readonly ObsIndicator[] = OBS_INDICATORS,
	countries: readonly string[] = []
): Promise<ObsScore[]> {
	return engine.query<ObsScore>(obsSql, [list(indicators), list(countries)]);
}

/** Public availability of the eight key budget documents, 2006–2015. */
export function queryObsDocuments(
	engine: Engine,
	countries: readonly string[] = []
): Promise<ObsDocument[]> {
	return engine.query<ObsDocument>(documentsSql, [list(countries)]);
}

/** GDI values: bands, risk areas and questions, newest edition first for each country. */
export function queryGdi(engine: Engine, countries: readonly string[] = []): Promise<GdiValue[]> {
	return engine.query<GdiValue>(gdiSql, [list(countries)]);
}
