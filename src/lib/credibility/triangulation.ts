/**
 * Triangulation of the real defence and security figures: what the finance laws (as cited in
 * `national_budgets`) give for a country-year and stage, beside SIPRI's military expenditure for
 * the same year in the same currency. The two do not count the same thing — SIPRI counts
 * military spending only (armed forces, defence ministry, paramilitary forces trained for
 * military operations), a finance law's defence and security votes include police and much of
 * the gendarmerie — so both are kept, each with its scope, and where two sources give different
 * figures for the same scope, both are kept too. Pure shaping, plus the SIPRI query.
 */
import type { Engine } from '../db/engine.ts';
import type { BudgetFigure, BudgetScope } from '../governance/budgets-events.ts';
import { COUNTRIES } from '../ingest/fields/countries.ts';
import sipriSql from './sipri-local.sql?raw';

/** How the chart groups a figure's scope: a ministry's vote counts with its function. */
export type ScopeGroup = 'defence_security' | 'defence' | 'security';
const GROUP: Partial<Record<BudgetScope, ScopeGroup>> = {
	defence_security: 'defence_security',
	defence: 'defence',
	defence_ministry: 'defence',
	security: 'security',
	security_ministry: 'security'
};
export const SCOPE_GROUPS: readonly ScopeGroup[] = ['defence_security', 'defence', 'security'];
/** Stages a finance law or its execution gives (drafts and programming laws are left out). */
export const LAW_STAGES = ['voted', 'revised', 'executed'] as const;
export type LawStage = (typeof LAW_STAGES)[number];

export type CitedValue = {
	group: ScopeGroup;
	scope: BudgetScope;
	/** Currency units for an amount; percent (0–100) for a share of the state budget. */
	value: number;
	as_published: string;
	publisher: string;
	source_title: string;
	source_url: string;
};

export type TriangulationRow = {
	country: string;
	year: number;
	stage: LawStage;
	/** The local currency of the amounts and of SIPRI's figure. */
	currency: string;
	/** SIPRI, current local currency; null when SIPRI has no figure for the year. */
	sipri: number | null;
	amounts: CitedValue[];
	shares: CitedValue[];
};

export type SipriLocal = { country: string; year: number; value: number };

export const localCurrency = (iso3: string) =>
	COUNTRIES.find((c) => c.iso3 === iso3)?.currency ?? '';

export function querySipriLocal(engine: Engine): Promise<SipriLocal[]> {
	return engine.query<SipriLocal>(sipriSql);
}

const isLawStage = (s: string): s is LawStage => (LAW_STAGES as readonly string[]).includes(s);

/**
 * One row per country, year and stage holding a single-year defence or security figure of a
 * finance law: an amount in the country's own currency (amounts a source gave only in dollars
 * are left to the sources table) or a share of the state budget. Rows sorted by country, year,
 * stage order; figures by scope group, then value.
 */
export function buildTriangulation(
	figures: readonly BudgetFigure[],
	sipri: readonly SipriLocal[]
): TriangulationRow[] {
	const sipriOf = new Map(sipri.map((s) => [`${s.country}|${s.year}`, s.value]));
	const rows = new Map<string, TriangulationRow>();
	for (const f of figures) {
		const group = GROUP[f.scope];
		const currency = localCurrency(f.country);
		if (!group || f.year_end !== null || !isLawStage(f.stage)) continue;
		const isAmount = f.measure === 'amount' && f.unit === currency;
		if (!isAmount && f.measure !== 'share_of_state_budget') continue;
		const key = `${f.country}|${f.year}|${f.stage}`;
		let row = rows.get(key);
		if (!row) {
			row = {
				country: f.country,
				year: f.year,
				stage: f.stage,
				currency,
				sipri: sipriOf.get(`${f.country}|${f.year}`) ?? null,
				amounts: [],
				shares: []
			};
			rows.set(key, row);
		}
		const value = {
			group,
			scope: f.scope,
			value: f.value,
			as_published: f.as_published,
			publisher: f.publisher,
			source_title: f.source_title,
			source_url: f.source_url
		};
		(isAmount ? row.amounts : row.shares).push(value);
	}
	const rank = (v: CitedValue) => SCOPE_GROUPS.indexOf(v.group);
	for (const row of rows.values())
		for (const list of [row.amounts, row.shares])
			list.sort((a, b) => rank(a) - rank(b) || a.value - b.value);
	return [...rows.values()].sort(
		(a, b) =>
			a.country.localeCompare(b.country) ||
			a.year - b.year ||
			LAW_STAGES.indexOf(a.stage) - LAW_STAGES.indexOf(b.stage)
	);
}
