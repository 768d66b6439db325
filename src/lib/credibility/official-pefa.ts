/**
 * The official PEFA PI-1 and PI-2 scores (PEFA 2016 framework, published by the PEFA
 * Secretariat) shaped for the view: per country, its latest assessment with the indicator's
 * score and each dimension's (PI-1.1; PI-2.1, PI-2.2, PI-2.3), the earlier assessments' PI-1 and
 * PI-2, and the source to cite. These are the whole budget's scores, assessed by PEFA teams —
 * not Vigie's computations on defence and security lines, which the view sets beside them.
 */
import type { Engine } from '../db/engine.ts';
import { queryPefaScores, type PefaScore } from '../governance/scores.ts';

export const OFFICIAL_CODES = ['PI-1', 'PI-1.1', 'PI-2', 'PI-2.1', 'PI-2.2', 'PI-2.3'] as const;
export const PI2_DIMENSIONS = ['PI-2.1', 'PI-2.2', 'PI-2.3'] as const;

export type Assessment = {
	year: number;
	/** Score as published (`D+`, `NR`…) per code of `OFFICIAL_CODES`; absent: not in the file. */
	scores: Partial<Record<(typeof OFFICIAL_CODES)[number], string>>;
	/** The source's remark (the fiscal years an assessment covers, a report's title). */
	note: string;
	source_title: string;
	source_url: string;
	publisher: string;
};

export type OfficialPefa = { country: string; latest: Assessment; earlier: Assessment[] };

/** Groups score rows (sorted by country and year, as the query gives them) by assessment. */
export function shapeOfficialPefa(rows: readonly PefaScore[]): OfficialPefa[] {
	const byCountry = new Map<string, Map<number, Assessment>>();
	for (const r of rows) {
		const years = byCountry.get(r.country) ?? new Map<number, Assessment>();
		byCountry.set(r.country, years);
		const a = years.get(r.year) ?? {
			year: r.year,
			scores: {},
			note: r.note,
			source_title: r.source_title,
			source_url: r.source_url,
			publisher: r.publisher
		};
		years.set(r.year, a);
		a.scores[r.code as (typeof OFFICIAL_CODES)[number]] = r.score;
	}
	return [...byCountry].map(([country, years]) => {
		const all = [...years.values()].sort((x, y) => y.year - x.year);
		return { country, latest: all[0]!, earlier: all.slice(1) };
	});
}

/** Every G5 assessment's PI-1 and PI-2 with their dimensions, per country. */
export async function queryOfficialPefa(engine: Engine): Promise<OfficialPefa[]> {
	return shapeOfficialPefa(await queryPefaScores(engine, OFFICIAL_CODES, { all: true }));
}
