/**
 * The accountability-gap matrix from real published data, per country and as of a year: real
 * growth of military spending (SIPRI, constant US$) against the strength of oversight (OBS
 * legislature and audit, PEFA PI-30 and PI-31), with secrecy (GDI Q26) and competition (PEFA
 * PI-24.2) beside the cell. Pure; `matrix-inputs.ts` runs the queries that feed it. The
 * construction is written in `../about/matrix.{fr,en}.md`.
 */
import type { Cited, GdiValue, ObsScore, PefaScore } from '../scores.ts';
import {
	gdiLevel,
	growthLevel,
	obsLevel,
	oversightLevel,
	pefaLevel,
	type GrowthLevel,
	type Level
} from './levels.ts';
import type { CellKind, MatrixCell, MatrixInputs, MatrixPart, PartId } from './matrix-types.ts';

export const G5_COUNTRIES = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'] as const;

export const SIPRI_SOURCE: Cited = {
	source_title: 'SIPRI Military Expenditure Database, 2025 (constant 2023 US$)',
	source_url: 'https://www.sipri.org/databases/milex',
	publisher: 'Stockholm International Peace Research Institute (SIPRI)'
};

/** The latest row up to `asOf`: a newer edition of a source supersedes an older one. */
function latest<T extends { year: number }>(rows: T[], asOf: number): T | undefined {
	return rows.filter((r) => r.year <= asOf).sort((a, b) => b.year - a.year)[0];
}

function toPart(
	id: PartId,
	row: (Cited & { year: number }) | undefined,
	fields: Pick<MatrixPart, 'edition' | 'score' | 'value' | 'level'>
): MatrixPart {
	return {
		id,
		...fields,
		year: row?.year ?? null,
		source_title: row?.source_title ?? '',
		source_url: row?.source_url ?? '',
		publisher: row?.publisher ?? ''
	};
}

function pefaPart(id: PartId, code: string, rows: PefaScore[], asOf: number): MatrixPart {
	const row = latest(
		rows.filter((r) => r.code === code),
		asOf
	);
	const score = row?.score ?? null;
	return toPart(id, row, {
		edition: row?.edition ?? '',
		score,
		value: null,
		level: pefaLevel(score)
	});
}

function obsPart(id: PartId, indicator: string, rows: ObsScore[], asOf: number): MatrixPart {
	const row = latest(
		rows.filter((r) => r.indicator === indicator),
		asOf
	);
	const value = row?.value ?? null;
	const edition = row ? `OBS ${row.year}` : '';
	return toPart(id, row, { edition, score: row?.score ?? null, value, level: obsLevel(value) });
}

function secrecyPart(rows: GdiValue[], asOf: number): MatrixPart {
	const row = latest(
		rows.filter((r) => r.indicator === 'Q26' && r.value !== null),
		asOf
	);
	const value = row?.value ?? null;
	const edition = row?.edition ?? '';
	return toPart('gdi_q26', row, {
		edition,
		score: row?.score ?? null,
		value,
		level: gdiLevel(value)
	});
}

function cellKind(growth: GrowthLevel | null, oversight: Level | null): CellKind {
	if (growth === null || oversight === null) return 'unknown';
	const rising = growth === 'high';
	if (oversight === 'weak') return rising ? 'gap' : 'weak_oversight';
	return rising ? 'rising_overseen' : 'overseen';
}

/** One cell per G5 country, in the order BFA, MLI, MRT, NER, TCD. */
export function buildAccountabilityMatrix(inputs: MatrixInputs): MatrixCell[] {
	const asOf = inputs.to;
	return G5_COUNTRIES.map((country) => {
		const mine = <T extends { country: string }>(rows: T[]) =>
			rows.filter((r) => r.country === country);
		const [pefa, obs] = [mine(inputs.pefa), mine(inputs.obs)];
		const g = mine(inputs.growth)[0];
		const cagr = g?.cagr ?? null;
		const growth = {
			id: 'growth' as const,
			...SIPRI_SOURCE,
			edition: 'SIPRI 2025',
			score: null,
			value: cagr,
			level: growthLevel(cagr),
			year: cagr === null ? null : asOf,
			from: inputs.from,
			total: g?.growth ?? null
		};
		const parts = [
			obsPart('obs_legislative', 'legislative_oversight', obs, asOf),
			obsPart('obs_audit', 'audit_oversight', obs, asOf),
			pefaPart('pefa_pi30', 'PI-30', pefa, asOf),
			pefaPart('pefa_pi31', 'PI-31', pefa, asOf)
		];
		const level = oversightLevel(parts.map((p) => p.level as Level | null));
		return {
			country,
			asOf,
			growth,
			oversight: { level, parts },
			secrecy: secrecyPart(mine(inputs.gdi), asOf),
			competition: pefaPart('pefa_pi24_2', 'PI-24.2', pefa, asOf),
			cell: cellKind(growth.level, level)
		};
	});
}
