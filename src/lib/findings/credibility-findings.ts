/**
 * The key findings of the budget credibility view, real figures first: the official PEFA PI-1
 * scores (whole state budget, PEFA Secretariat), the defence and security share of the state
 * budget in the latest finance law, a finance law's defence and security vote against SIPRI's
 * military spending for the same year, BOOST's whole-government execution; then the execution of
 * the defence and security lines Vigie computes (PI-1 of type PEFA: the user's lines, or the demo,
 * which the sentence then says). Each names its source and the chart that shows it.
 * Pure; `credibility-findings.test.ts` checks every number against its source computation.
 */
import type { CredibilityViewData } from '../credibility/credibility-view-data.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { extremeRow, isDemoOf, latestRows, type Citation, type Finding } from './finding.ts';

type Build = (view: CredibilityViewData, demoKinds: readonly DataKind[]) => Finding | null;

const make = (demoKinds: readonly DataKind[], f: Omit<Finding, 'view' | 'isDemo'>): Finding => ({
	...f,
	view: 'credibility',
	isDemo: isDemoOf(f.source.kinds, demoKinds)
});
const real = (cited: Citation[]) => ({ indicators: [], kinds: [] as DataKind[], cited });
const cite = (c: { publisher: string; source_title: string; source_url: string }): Citation => ({
	publisher: c.publisher,
	title: c.source_title,
	url: c.source_url
});

/** PEFA letters best first; `D*`, `NR` and the like rank after D. */
const LETTERS = ['A', 'B+', 'B', 'C+', 'C', 'D+', 'D'];
export const letterRank = (score: string | undefined) => {
	const i = LETTERS.indexOf(score ?? '');
	return i < 0 ? LETTERS.length : i;
};

const pefaOfficial: Build = (view) => {
	const latest = view.official.map((o) => ({ country: o.country, a: o.latest }));
	if (!latest.length) return null;
	if (latest.length === 1) {
		const { country, a } = latest[0]!;
		return make([], {
			id: 'cred-pefa-official',
			type: 'cred_pefa_official_one',
			params: { country, year: a.year, pi1: a.scores['PI-1'] ?? '—', pi2: a.scores['PI-2'] ?? '—' },
			source: real([cite(a)]),
			anchor: 'cred-pefa-official'
		});
	}
	const best = [...latest].sort(
		(x, y) =>
			letterRank(x.a.scores['PI-1']) - letterRank(y.a.scores['PI-1']) ||
			x.country.localeCompare(y.country)
	)[0]!;
	const years = latest.map((l) => l.a.year);
	return make([], {
		id: 'cred-pefa-official',
		type: 'cred_pefa_official_many',
		params: {
			n: latest.filter((l) => l.a.scores['PI-1'] === 'D').length,
			total: latest.length,
			from: Math.min(...years),
			to: Math.max(...years),
			best: best.a.scores['PI-1'] ?? '—',
			maxCountry: best.country,
			bestYear: best.a.year
		},
		source: real([cite(best.a)]),
		anchor: 'cred-pefa-official'
	});
};

/** The latest voted defence-and-security share of the state budget (the highest, if several). */
const stateShare: Build = (view) => {
	const shares = view.triangulation
		.filter((r) => r.stage === 'voted')
		.flatMap((r) =>
			r.shares
				.filter((s) => s.group === 'defence_security')
				.map((s) => ({ country: r.country, year: r.year, value: s.value / 100, s }))
		);
	const top = extremeRow(latestRows(shares), 'max');
	if (!top) return null;
	return make([], {
		id: 'cred-state-share',
		type: 'cred_state_share',
		params: { country: top.country, year: top.year, value: top.value },
		source: real([cite(top.s)]),
		anchor: 'cred-triangulation'
	});
};

// SIPRI and BOOST as data/manifest.json cites them (BOOST: where its extract is published).
const SIPRI: Citation = {
	publisher: 'SIPRI',
	title: 'SIPRI Military Expenditure Database, 2025',
	url: 'https://www.sipri.org/databases/milex'
};

/** The latest voted defence-and-security amount beside SIPRI's figure: the largest ratio. */
const triangulation: Build = (view) => {
	const pairs = view.triangulation
		.filter((r) => r.stage === 'voted' && r.sipri !== null)
		.flatMap((r) => {
			// two sources for one scope: the lower figure, the more cautious ratio
			const amount = r.amounts.find((a) => a.group === 'defence_security');
			return amount ? [{ ...r, amount, value: amount.value / r.sipri! }] : [];
		});
	const top = extremeRow(latestRows(pairs), 'max');
	if (!top) return null;
	return make([], {
		id: 'cred-triangulation',
		type: 'cred_triangulation',
		params: {
			country: top.country,
			year: top.year,
			amount: top.amount.value,
			sipri: top.sipri!,
			currency: top.currency,
			ratio: top.value
		},
		source: real([cite(top.amount), SIPRI]),
		anchor: 'cred-triangulation'
	});
};

const BOOST: Citation = {
	publisher: 'World Bank (BOOST initiative)',
	title: 'BOOST public expenditure database',
	url: 'https://github.com/WB-PIDA-Data-Science-Shop/pigographs'
};

/** The whole state's lowest execution rate of the latest year BOOST covers. */
const boost: Build = (view) => {
	const rows = view.boost.rows.map((r) => ({ ...r, value: r.rate }));
	const latest = latestRows(rows);
	const low = extremeRow(latest, 'min');
	if (!low) return null;
	return make([], {
		id: 'cred-boost',
		type: latest.length > 1 ? 'cred_boost_min' : 'cred_boost_one',
		params: { country: low.country, year: low.year, value: low.value!, n: latest.length },
		source: real([BOOST]),
		anchor: 'cred-boost-rate'
	});
};

/** Defence and security execution (PI-1 value) of the latest year: the farthest from 100 %. */
const execution: Build = (view, demoKinds) => {
	const pi1 = view.pefa.filter((r) => r.id === 'pefa-pi1-aggregate-outturn');
	const latest = latestRows(pi1).map((r) => ({ ...r, gap: Math.abs(r.value! - 1) }));
	const top = [...latest].sort((a, b) => b.gap - a.gap || a.country.localeCompare(b.country))[0];
	if (!top) return null;
	const years = top.scoredYears ?? [];
	return make(demoKinds, {
		id: 'cred-execution',
		type: !top.score
			? 'cred_execution_unscored'
			: latest.length > 1
				? 'cred_execution'
				: 'cred_execution_one',
		params: {
			country: top.country,
			year: top.year,
			value: top.value!,
			n: latest.length,
			score: top.score ?? '',
			from: years[0] ?? top.year,
			to: years.at(-1) ?? top.year
		},
		source: { indicators: ['pefa-pi1-aggregate-outturn'], kinds: ['budget'] },
		anchor: 'cred-pefa-vigie'
	});
};

/** The view's findings, real ones first: at most five. */
export function credibilityFindings(
	view: CredibilityViewData,
	demoKinds: readonly DataKind[]
): Finding[] {
	return [pefaOfficial, stateShare, triangulation, boost, execution]
		.map((build) => build(view, demoKinds))
		.filter((f): f is Finding => f !== null);
}
