/**
 * The key findings of the secrecy and oversight view, from the view's indicator results (the
 * rows `runIndicators` gives for the current filters) and its audit amounts: the highest
 * derogation share of the latest year, how many countries exceed the GDI's top classified-share
 * threshold, the years with spending and no audit, the weakest audit coverage of the latest
 * year, and how many key documents were published late. Each names the chart that shows it.
 * Pure; `oversight-findings.test.ts` checks every number against `runIndicators`.
 */
import type { OversightPicture } from '../governance/oversight-picture.ts';
import type { DataKind } from '../ingest/fields/field-specs.ts';
import { classifiedShare } from '../indicators/classified-share/indicator.ts';
import type { IndicatorResult } from '../indicators/define-indicator.ts';
import type { OversightViewData } from '../oversight/oversight-view-data.ts';
import { extremeRow, isDemoOf, latestRows, type Finding } from './finding.ts';
import { oversightRealFindings } from './oversight-findings-real.ts';

type Build = (view: OversightViewData, demoKinds: readonly DataKind[]) => Finding | null;

const make = (demoKinds: readonly DataKind[], f: Omit<Finding, 'view' | 'isDemo'>): Finding => ({
	...f,
	view: 'oversight',
	isDemo: isDemoOf(f.source.kinds, demoKinds)
});

/** The GDI's most opaque band starts above this share (8 %): read from the indicator's bands. */
export const CLASSIFIED_TOP_THRESHOLD = classifiedShare.bands?.at(-1)?.above ?? 0.08;

const derogation: Build = (view, demoKinds) => {
	const latest = latestRows(view.results.derogation);
	const top = extremeRow(latest, 'max');
	if (!top) return null;
	return make(demoKinds, {
		id: 'oversight-derogation',
		type: latest.length > 1 ? 'derogation_max' : 'derogation_one',
		params: { country: top.country, year: top.year, value: top.value!, n: latest.length },
		source: { indicators: ['derogation-share'], kinds: ['contracts'] },
		anchor: 'oversight-derogation'
	});
};

const classified: Build = (view, demoKinds) => {
	const latest = latestRows(view.results.classified);
	const [min, max] = [extremeRow(latest, 'min'), extremeRow(latest, 'max')];
	if (!min || !max) return null;
	const over = latest.filter((r) => r.value! > CLASSIFIED_TOP_THRESHOLD).length;
	const source = { indicators: ['classified-share'], kinds: ['budget'] as DataKind[] };
	if (latest.length === 1)
		return make(demoKinds, {
			id: 'oversight-classified',
			type: 'classified_one',
			params: { country: max.country, year: max.year, value: max.value!, band: max.score ?? '' },
			source,
			anchor: 'oversight-classified'
		});
	return make(demoKinds, {
		id: 'oversight-classified',
		type: 'classified_over',
		params: {
			year: max.year,
			n: over,
			total: latest.length,
			threshold: CLASSIFIED_TOP_THRESHOLD,
			min: min.value!,
			max: max.value!
		},
		source,
		anchor: 'oversight-classified'
	});
};

const unaudited: Build = (view, demoKinds) => {
	const watched = view.amounts.filter((a) => a.watched && (a.executed ?? 0) > 0);
	if (!watched.length) return null;
	const years = watched.map((a) => a.year);
	const period = { from: Math.min(...years), to: Math.max(...years) };
	const byCountry = new Map<string, number>();
	for (const g of view.gaps) byCountry.set(g.country, (byCountry.get(g.country) ?? 0) + 1);
	const [country, countryN] = [...byCountry].sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	)[0] ?? ['', 0];
	const type =
		view.gaps.length === 0
			? 'unaudited_none'
			: byCountry.size === 1
				? 'unaudited_country'
				: 'unaudited_many';
	return make(demoKinds, {
		id: 'oversight-unaudited',
		type,
		params: { ...period, n: view.gaps.length, country, countryN },
		source: { indicators: ['audit-coverage'], kinds: ['budget', 'oversight'] },
		anchor: 'never-title'
	});
};

const audit: Build = (view, demoKinds) => {
	const latest = latestRows(view.results.audit);
	const [min, max] = [extremeRow(latest, 'min'), extremeRow(latest, 'max')];
	if (!min || !max) return null;
	const zero = latest.filter((r) => r.value === 0).length;
	const type =
		latest.length === 1
			? 'audit_one'
			: zero === 1
				? 'audit_zero_one'
				: zero > 1
					? 'audit_zero'
					: 'audit_min';
	return make(demoKinds, {
		id: 'oversight-audit',
		type,
		params: {
			country: min.country,
			year: min.year,
			value: min.value!,
			max: max.value!,
			maxCountry: max.country,
			n: latest.length,
			zero
		},
		source: { indicators: ['audit-coverage'], kinds: ['budget', 'oversight'] },
		anchor: 'oversight-audit'
	});
};

const isTimed = (r: IndicatorResult) => r.score === 'late' || r.score === 'on_time';

const publication: Build = (view, demoKinds) => {
	const timed = view.results.lag.filter(isTimed);
	const latest = extremeRow(timed, 'max');
	if (!latest) return null;
	return make(demoKinds, {
		id: 'oversight-publication',
		type: 'publication_late',
		params: {
			late: timed.filter((r) => r.score === 'late').length,
			total: timed.length,
			days: latest.value!,
			country: latest.country,
			year: latest.year,
			document: latest.group?.name ?? ''
		},
		source: { indicators: ['publication-lag'], kinds: ['oversight'] },
		anchor: 'pub-title'
	});
};

/** The view's findings, most telling first: at most five. */
export function oversightFindings(
	view: OversightViewData,
	demoKinds: readonly DataKind[]
): Finding[] {
	return [derogation, classified, unaudited, audit, publication]
		.map((build) => build(view, demoKinds))
		.filter((f): f is Finding => f !== null);
}

/** At most five findings on the page: published data first, then imported or demo records. */
export const MAX_FINDINGS = 5;

/** The page's findings: those on published data (for the countries in view), then the view's. */
export function oversightPageFindings(
	view: OversightViewData,
	demoKinds: readonly DataKind[],
	picture: OversightPicture,
	countries: readonly string[],
	surveyed: readonly string[]
): Finding[] {
	return [
		...oversightRealFindings(picture, countries, surveyed),
		...oversightFindings(view, demoKinds)
	].slice(0, MAX_FINDINGS);
}
