/** The shapes of the accountability matrix built from real data (see `build-matrix.ts`). */
import type { Cited, GdiValue, ObsScore, PefaScore } from '../scores.ts';
import type { GrowthLevel, Level } from './levels.ts';

export type PartId =
	| 'growth'
	| 'obs_legislative'
	| 'obs_audit'
	| 'pefa_pi30'
	| 'pefa_pi31'
	| 'gdi_q26'
	| 'pefa_pi24_2';

/** One part of a cell: the published value, its year and its source, and how it is read. */
export type MatrixPart = Cited & {
	id: PartId;
	/** As published (`D+`, `38.833…`, `0/100`); null for growth and when nothing is published. */
	score: string | null;
	/** The number behind it (OBS, GDI; compound annual growth for growth); null for letters. */
	value: number | null;
	level: Level | GrowthLevel | null;
	/** Year of the value (growth: the end year); null when no source has one up to `asOf`. */
	year: number | null;
	edition: string;
};

export type CellKind = 'gap' | 'rising_overseen' | 'weak_oversight' | 'overseen' | 'unknown';

export type MatrixCell = {
	country: string;
	asOf: number;
	/** `value` is the compound annual rate; `total` the growth over the whole period. */
	growth: MatrixPart & { from: number; total: number | null };
	oversight: { level: Level | null; parts: MatrixPart[] };
	secrecy: MatrixPart;
	competition: MatrixPart;
	cell: CellKind;
};

/** SIPRI growth rows as `queryGrowth` returns them for [from, to]. */
export type GrowthInput = { country: string; growth: number | null; cagr: number | null };

export type MatrixInputs = {
	from: number;
	/** The as-of year: growth ends here and no part is newer. */
	to: number;
	growth: GrowthInput[];
	/** PEFA PI-30, PI-31 and PI-24.2 of every assessment. */
	pefa: PefaScore[];
	/** OBS legislative and audit oversight of every round. */
	obs: ObsScore[];
	gdi: GdiValue[];
};
