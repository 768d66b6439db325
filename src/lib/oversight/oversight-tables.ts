/**
 * The view's own queries (beside the indicators): audit amounts and bodies, publication dates,
 * and what the data hold (countries, years, datasets). They read every country and year once;
 * the view keeps the filtered ones (`isInFilters`), so a filter change needs no query.
 */
import type { Engine } from '../db/engine.ts';
import auditSql from './audit-amounts.sql?raw';
import datesSql from './publication-dates.sql?raw';
import scopeSql from './oversight-scope.sql?raw';

export type AuditAmount = {
	country: string;
	year: number;
	executed: number | null;
	currency: string;
	covered: number | null;
	audits: number;
	/** Bodies that audited the year, sorted codes (`court_of_auditors`, `inspectorate`…). */
	bodies: string[];
	watched: boolean;
};

export type PublicationDate = {
	country: string;
	year: number;
	document: string;
	records: number;
	firstPublished: string | null;
};

export type OversightScope = {
	countries: string[];
	years: number[];
	/** Dataset ids by table. */
	datasets: Record<'budget_lines' | 'contracts' | 'oversight_events', string[]>;
};

/** Executed defence and security spending against audited amounts, per country-year. */
export async function auditAmounts(engine: Engine): Promise<AuditAmount[]> {
	const rows = await engine.query(`${auditSql}\nORDER BY ALL`);
	return rows.map((r) => ({
		country: String(r.country),
		year: Number(r.year),
		executed: r.executed == null ? null : Number(r.executed),
		currency: String(r.currency ?? ''),
		covered: r.covered == null ? null : Number(r.covered),
		audits: Number(r.audits),
		bodies: r.bodies ? String(r.bodies).split(',') : [],
		watched: Boolean(r.watched)
	}));
}

/** Country-years with executed spending and no audit report, where oversight data exist. */
export const neverAudited = (amounts: AuditAmount[]) =>
	amounts.filter((a) => a.watched && a.audits === 0 && (a.executed ?? 0) > 0);

/** First publication date of every listed document, per country-year. */
export async function publicationDates(engine: Engine): Promise<PublicationDate[]> {
	const rows = await engine.query(`${datesSql}\nORDER BY ALL`);
	return rows.map((r) => ({
		country: String(r.country),
		year: Number(r.year),
		document: String(r.document),
		records: Number(r.records),
		firstPublished: r.first_published == null ? null : String(r.first_published)
	}));
}

/** Countries, years and datasets the three tables hold (unfiltered: the filter bar's choices). */
export async function oversightScope(engine: Engine): Promise<OversightScope> {
	const rows = await engine.query<{
		source: string;
		country: string | null;
		year: number;
		dataset_id: string;
	}>(scopeSql);
	const datasets: OversightScope['datasets'] = {
		budget_lines: [],
		contracts: [],
		oversight_events: []
	};
	for (const r of rows) {
		const list = datasets[r.source as keyof OversightScope['datasets']];
		if (!list.includes(r.dataset_id)) list.push(r.dataset_id);
	}
	const countries = [...new Set(rows.map((r) => r.country).filter((c): c is string => !!c))];
	const years = [...new Set(rows.map((r) => Number(r.year)))];
	return { countries: countries.sort(), years: years.sort((a, b) => a - b), datasets };
}
