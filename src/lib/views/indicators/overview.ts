/**
 * The compact overview of the indicators page: one row per registered indicator with, for each
 * country, its latest value and band. Which rows an indicator is summed up by (its headline) is
 * written here once: its main measure without breakdown, or — for an indicator computed only per
 * buyer or per document — the largest value of the country's latest year. Pure, for testing.
 */
import type {
	IndicatorResult,
	IndicatorTable,
	IndicatorUnit
} from '../../indicators/define-indicator.ts';
import { INDICATORS } from '../../indicators/index.ts';

/** The headline rows of an indicator; unlisted indicators: all their rows without breakdown. */
export const HEADLINE: Record<string, { measure?: string; maxOverGroups?: boolean }> = {
	'execution-rate': { measure: 'approved' },
	'pefa-pi2-composition-variance': { measure: 'institution' },
	'milex-burden': { measure: 'share_gdp' },
	'milex-growth': { measure: 'real_growth' },
	'competitive-share': { measure: 'value' },
	'direct-award-share': { measure: 'value' },
	'derogation-share': { measure: 'value' },
	'supplier-concentration': { measure: 'top1', maxOverGroups: true },
	'publication-lag': { maxOverGroups: true },
	'key-documents-published': { measure: 'count' },
	'accountability-gap': { measure: 'spending_growth' }
};

export type OverviewCell = {
	country: string;
	year: number;
	value: number | null;
	score?: string;
	/** The breakdown the value is the largest of (a buyer, a document). */
	group?: string;
};

export type OverviewRow = {
	id: string;
	unit: IndicatorUnit | null;
	tables: IndicatorTable[];
	/** Latest headline value of each country that has one. */
	cells: OverviewCell[];
	/** Every result row of the indicator in the filters (the detail's length). */
	count: number;
};

/** The headline rows of one indicator's results. */
export function headlineRows(id: string, rows: readonly IndicatorResult[]): IndicatorResult[] {
	const rule = HEADLINE[id] ?? {};
	const picked = rows.filter(
		(r) =>
			(rule.measure === undefined || r.measure === rule.measure) &&
			(rule.maxOverGroups ? r.group !== undefined : r.group === undefined)
	);
	if (!rule.maxOverGroups) return picked;
	const top = new Map<string, IndicatorResult>();
	for (const r of picked) {
		const key = `${r.country}|${r.year}`;
		const best = top.get(key);
		if (r.value !== null && (!best || best.value === null || r.value > best.value)) top.set(key, r);
		else if (!best) top.set(key, r);
	}
	return [...top.values()];
}

/** Each country's latest year with a value (`countries` in their order). */
export function latestCells(rows: readonly IndicatorResult[], countries: readonly string[]) {
	const cells: OverviewCell[] = [];
	for (const country of countries) {
		const mine = rows.filter((r) => r.country === country && r.value !== null);
		const last = mine.reduce<IndicatorResult | null>(
			(a, r) => (!a || r.year > a.year ? r : a),
			null
		);
		if (!last) continue;
		cells.push({
			country,
			year: last.year,
			value: last.value,
			...(last.score ? { score: last.score } : {}),
			...(last.group ? { group: last.group.name } : {})
		});
	}
	return cells;
}

/** The overview of `results` (already filtered) for `countries`, every indicator listed. */
export function buildOverview(
	results: readonly IndicatorResult[],
	countries: readonly string[]
): OverviewRow[] {
	return INDICATORS.map((definition) => {
		const rows = results.filter((r) => r.id === definition.id);
		const headline = headlineRows(definition.id, rows);
		return {
			id: definition.id,
			unit: headline[0]?.unit ?? null,
			tables: [...definition.tables],
			cells: latestCells(headline, countries),
			count: rows.length
		};
	});
}
