/**
 * The key findings of the procurement view, real first: the latest PEFA PI-24.2 ratings
 * (competitive methods), TI's GDI 2020 procurement risk area, the latest dated rule change —
 * published data, each citing its source — then, on the contracts (the user's or the labelled
 * demonstration data), the largest share awarded without competition of the latest year with
 * its derogatory part, and the single-bid share (R018). Each names the figure that shows it.
 * Pure; `procurement-findings.test.ts` checks every number against its source.
 */
import type { DataKind } from '../ingest/fields/field-specs.ts';
import type { GovernanceEvent } from '../governance/budgets-events.ts';
import type { PefaScore } from '../governance/scores.ts';
import {
	gdiProcurement,
	latestPefa,
	pefaRank,
	PI242_AT_LEAST,
	PI24_METHODS,
	type ProcurementReal
} from '../procurement/procurement-real.ts';
import type { ProcurementViewData } from '../procurement/procurement-view-data.ts';
import { isDemoOf, type Citation, type Finding } from './finding.ts';

const cite = (r: { publisher: string; source_title: string; source_url: string }): Citation => ({
	publisher: r.publisher,
	title: r.source_title,
	url: r.source_url
});

const real = (f: Omit<Finding, 'view' | 'isDemo'>): Finding => ({
	...f,
	view: 'procurement',
	isDemo: false
});

/** « au moins 80 % » or « moins de 60 % » of the value by competitive methods, as PEFA scores it. */
function threshold(score: string): { bound: 'atleast' | 'below'; threshold: number } {
	const letter = score.charAt(0);
	return letter in PI242_AT_LEAST
		? { bound: 'atleast', threshold: PI242_AT_LEAST[letter]! }
		: { bound: 'below', threshold: PI242_AT_LEAST.C! };
}

function pefaFinding(pefa: readonly PefaScore[]): Finding | null {
	const latest = latestPefa(pefa, PI24_METHODS);
	const rated = latest
		.filter((s) => pefaRank(s.score) !== null)
		.sort((a, b) => pefaRank(a.score)! - pefaRank(b.score)! || a.country.localeCompare(b.country));
	const base = { id: 'proc-pefa', anchor: 'proc-pefa' };
	const source = (rows: PefaScore[]) => ({ indicators: [], kinds: [], cited: rows.map(cite) });
	const [low, high] = [rated[0], rated.at(-1)];
	if (!low || !high) {
		const unrated = latest[0];
		if (!unrated) return null;
		return real({
			...base,
			type: 'proc_pefa_unrated',
			params: { country: unrated.country, year: unrated.year, score: unrated.score },
			source: source([unrated])
		});
	}
	const { bound, threshold: t } = threshold(low.score);
	const params = { country: low.country, year: low.year, score: low.score, threshold: t };
	if (rated.length === 1)
		return real({ ...base, type: `proc_pefa_one_${bound}`, params, source: source([low]) });
	return real({
		...base,
		type: `proc_pefa_range_${bound}`,
		params: {
			...params,
			best: high.score,
			maxCountry: high.country,
			maxYear: high.year,
			n: rated.length
		},
		source: source([low, high])
	});
}

function gdiFinding(data: ProcurementReal, countries: readonly string[]): Finding | null {
	const covered = gdiProcurement(data.gdi).filter((g) => g.value !== null);
	const low = [...covered].sort(
		(a, b) => a.value! - b.value! || a.country.localeCompare(b.country)
	)[0];
	if (!low) return null;
	const gap = countries.filter((c) => !covered.some((g) => g.country === c)).length;
	return real({
		id: 'proc-gdi',
		type: `proc_gdi_${covered.length === 1 ? 'one' : 'min'}${gap ? '_gap' : ''}`,
		params: {
			country: low.country,
			year: low.year,
			score: low.value!,
			gdiBand: low.score,
			n: covered.length,
			gap
		},
		source: { indicators: [], kinds: [], cited: [cite(low)] },
		anchor: 'proc-gdi'
	});
}

function ruleFinding(events: readonly GovernanceEvent[]): Finding | null {
	const last = events.at(-1);
	if (!last) return null;
	return real({
		id: 'proc-rule',
		type: events.length > 1 ? 'proc_rule_latest' : 'proc_rule_one',
		params: {
			country: last.country,
			date: last.date,
			title_fr: last.title_fr,
			title_en: last.title_en,
			n: events.length
		},
		source: { indicators: [], kinds: [], cited: [cite(last)] },
		anchor: 'proc-rules'
	});
}

const CONTRACTS: DataKind[] = ['contracts'];

function nonCompetitive(view: ProcurementViewData, demoKinds: readonly DataKind[]): Finding | null {
	const valued = view.overview.countryYears.filter((c) => c.competitive !== null);
	const year = Math.max(...valued.map((c) => c.year));
	const latest = valued.filter((c) => c.year === year);
	const top = [...latest].sort(
		(a, b) => a.competitive! - b.competitive! || a.country.localeCompare(b.country)
	)[0];
	if (!top) return null;
	return {
		id: 'proc-noncompetitive',
		view: 'procurement',
		type: `proc_noncompetitive_${latest.length > 1 ? 'max' : 'one'}${top.derogation === null ? '_nod' : ''}`,
		params: {
			country: top.country,
			year,
			value: 1 - top.competitive!,
			...(top.derogation !== null && { derogation: top.derogation }),
			n: latest.length
		},
		source: { indicators: ['competitive-share', 'derogation-share'], kinds: CONTRACTS },
		anchor: 'proc-methods',
		isDemo: isDemoOf(CONTRACTS, demoKinds)
	};
}

function singleBid(view: ProcurementViewData, demoKinds: readonly DataKind[]): Finding | null {
	const single = view.overview.flags.find((f) => f.id === 'single');
	const years = view.overview.years.map((y) => y.year);
	if (!single || single.value === null || !years.length) return null;
	const [from, to] = [Math.min(...years), Math.max(...years)];
	return {
		id: 'proc-single',
		view: 'procurement',
		type: from === to ? 'proc_single_year' : 'proc_single',
		params: { from, to, value: single.value, n: single.flagged, total: single.coverage.n },
		source: { indicators: ['single-bid-share'], kinds: CONTRACTS },
		anchor: 'flags-h',
		isDemo: isDemoOf(CONTRACTS, demoKinds)
	};
}

/**
 * The view's findings, real ones first: at most five. `data` is the real picture already in the
 * filters (`realInFilters`); `countries` the countries it covers (for who has no GDI page).
 */
export function procurementFindings(
	view: ProcurementViewData,
	data: ProcurementReal,
	countries: readonly string[],
	demoKinds: readonly DataKind[]
): Finding[] {
	return [
		pefaFinding(data.pefa),
		gdiFinding(data, countries),
		ruleFinding(data.events),
		nonCompetitive(view, demoKinds),
		singleBid(view, demoKinds)
	].filter((f): f is Finding => f !== null);
}
