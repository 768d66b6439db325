/**
 * Drill-down of the oversight view: which mark was opened (`drill=` in the URL, in the explore
 * codec's grammar: `classified:MLI:2021`, `document:NER:2020:audit_report`, each part checked
 * against a closed list so a hostile link never reaches SQL), the rows behind it, and the one
 * figure those rows add up to, so the detail can be checked against the mark it came from.
 */
import type { Engine } from '../db/engine.ts';
import { makeDrill, part, type Drill, type DrillGrammar } from '../explore/drill-codec.ts';
import { andWhere, type DrillTable } from '../explore/drill-rows.ts';
import { filterWhere, type ExploreFilters } from '../explore/filters.ts';
import type { Where } from './budget-scope.ts';

export const DRILL_KINDS = ['classified', 'derogation', 'audit', 'document', 'unaudited'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export const KEY_DOCUMENTS = [
	'budget_proposal',
	'enacted_budget',
	'in_year_report',
	'year_end_report',
	'execution_law',
	'audit_report'
] as const;

export type OversightDrill = { kind: DrillKind; country: string; year: number; document?: string };

const COUNTRY_YEAR = [part.country, part.year] as const;

/** The view's charts and the parts of their drills. */
export const OVERSIGHT_DRILLS: DrillGrammar = {
	classified: COUNTRY_YEAR,
	derogation: COUNTRY_YEAR,
	audit: COUNTRY_YEAR,
	unaudited: COUNTRY_YEAR,
	document: [...COUNTRY_YEAR, part.oneOf('document', KEY_DOCUMENTS)]
};

/** The typed drill of a valid `Drill` read with `OVERSIGHT_DRILLS`. */
export function oversightDrill(d: Drill): OversightDrill {
	const [country = '', year = '', document] = d.parts;
	const kind = d.chart as DrillKind;
	return document === undefined
		? { kind, country, year: Number(year) }
		: { kind, country, year: Number(year), document };
}

/** The codec's drill of a mark. */
export const toDrill = (d: OversightDrill): Drill =>
	makeDrill(d.kind, d.country, d.year, ...(d.document ? [d.document] : []));

/** Whether the drilled mark is among those the filters show (else the link is stale). */
export function drillInFilters(d: OversightDrill, f: ExploreFilters): boolean {
	return (
		(!f.country.length || f.country.includes(d.country)) &&
		(f.from === null || d.year >= f.from) &&
		(f.to === null || d.year <= f.to)
	);
}

export type DrillTarget = { table: DrillTable; where: Where; total: string };

const DEFENCE = `sector IN ('defence', 'security')`;
/** What each mark's rows add up to: the figure the mark shows. */
const TOTAL: Record<DrillKind, string> = {
	classified: `coalesce(sum(approved) FILTER (WHERE classified), 0)
		/ NULLIF(sum(approved) FILTER (WHERE classified IS NOT NULL AND approved IS NOT NULL), 0)`,
	derogation: `coalesce(sum(amount) FILTER (WHERE derogation), 0)
		/ NULLIF(sum(amount) FILTER (WHERE derogation IS NOT NULL), 0)`,
	audit: 'sum(amount_covered)',
	document: 'count(*)',
	unaudited: 'sum(executed)'
};

/** The table and condition of a drilled mark; the sector filter applies to the classified share. */
export function drillTarget(d: OversightDrill, filters: ExploreFilters): DrillTarget {
	const at = (table: DrillTable, year: string, base: Where, clause = '', ...more: unknown[]) => {
		let where = andWhere(andWhere(base, 'country = ?', d.country), `${year} = ?`, d.year);
		if (clause) where = andWhere(where, clause, ...more);
		return { table, where, total: TOTAL[d.kind] };
	};
	const none: Where = { sql: '', params: [] };
	switch (d.kind) {
		case 'classified':
			return at('budget_lines', 'year', filterWhere(filters, { sector: 'sector' }), DEFENCE);
		case 'unaudited':
			return at('budget_lines', 'year', none, DEFENCE);
		case 'derogation':
			return at('contracts', 'year(award_date)', none);
		case 'audit':
			return at('oversight_events', 'year_covered', none, `document = 'audit_report'`);
		case 'document':
			return at('oversight_events', 'year_covered', none, 'document = ?', d.document);
	}
}

/** The figure the drilled rows add up to (all of them, not only the rows shown). */
export async function drillTotal(engine: Engine, target: DrillTarget): Promise<number | null> {
	const [row] = await engine.query<{ total: number | null }>(
		`SELECT (${target.total})::DOUBLE AS total FROM ${target.table} ${target.where.sql}`,
		target.where.params
	);
	return row?.total ?? null;
}
