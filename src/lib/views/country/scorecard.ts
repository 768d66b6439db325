/**
 * A country's governance scorecard as three cards — the latest PEFA assessment, the latest Open
 * Budget Survey round, the GDI — each with its year, its rows (what, score as published) and
 * links to its sources; a card with nothing published says so (Mauritania is not in the OBS;
 * Mauritania and Chad have no GDI 2020 country page, only the 2015 band). Pure, for tests.
 */
import { gdiBand } from '../../findings/country-findings-facts.ts';
import { formatNumber } from '../../format/number.ts';
import type { GdiValue, ObsScore, PefaScore } from '../../governance/scores.ts';
import { PEFA_KEY_CODES } from '../../governance/scores.ts';
import type { Locale, MessageKey, Params } from '../../i18n/index.ts';
import type { Cited } from '../explore/cited.ts';

export type ScoreRow = { key: string; label: string; score: string };
export type ScoreCard = {
	id: 'pefa' | 'obs' | 'gdi';
	title: string;
	sub: string;
	rows: ScoreRow[];
	/** Said instead of (or, for the GDI's 2015 band, before) the rows when nothing is published. */
	empty?: string;
	sources: { label: string; url: string }[];
};
type T = (key: MessageKey, params?: Params) => string;

const cite = (rows: readonly Cited[]) =>
	[...new Map(rows.map((r) => [r.source_url, r])).values()].map((r) => ({
		label: `${r.publisher} — ${r.source_title}`,
		url: r.source_url
	}));

/**
 * A card of the latest PEFA assessment or OBS round: one row per code found, its year in the
 * title, the first row's source; none found, it says so.
 */
function latestCard<R extends Cited & { year: number }>(
	id: 'pefa' | 'obs',
	found: { key: string; row: R | undefined; score: (r: R) => string }[],
	t: T
): ScoreCard {
	const rows = found.flatMap(({ key, row, score }) =>
		row ? [{ key, label: t(`country_${id}_${key}` as MessageKey), score: score(row) }] : []
	);
	const first = found.find((f) => f.row)?.row;
	return {
		id,
		title: t(`country_${id}_title`, { year: first?.year ?? '' }).trim(),
		sub: t(`country_${id}_sub`),
		rows,
		empty: rows.length ? undefined : t(`country_${id}_none`),
		sources: cite(first ? [first] : [])
	};
}

const pefaCard = (scores: readonly PefaScore[], t: T) =>
	latestCard(
		'pefa',
		PEFA_KEY_CODES.map((code) => ({
			key: code,
			row: scores.find((r) => r.code === code),
			score: (r: PefaScore) => r.score
		})),
		t
	);

const obsCard = (obs: readonly ObsScore[], locale: Locale, t: T) =>
	latestCard(
		'obs',
		(['transparency', 'oversight', 'participation'] as const).map((i) => ({
			key: i,
			row: obs.find((r) => r.indicator === i),
			score: (r: ObsScore) => `${formatNumber(r.value, locale, 0)}/100`
		})),
		t
	);

const AREAS = ['political', 'financial', 'personnel', 'operational', 'procurement'] as const;

function gdiCard(values: readonly GdiValue[], t: T): ScoreCard {
	const band = (letter: string) =>
		t('country_band', { band: letter, risk: t(`country_gdi_band_${letter}` as MessageKey) });
	const overall = gdiBand(values);
	const current = values.filter((v) => v.edition === 'GDI 2020');
	if (!overall || overall.edition !== 'GDI 2020')
		return {
			id: 'gdi',
			title: t('country_gdi_title', { year: 2020 }),
			sub: t('country_gdi_sub'),
			rows: [],
			empty: [
				t('country_gdi_none'),
				overall
					? t('country_gdi_old', {
							edition: overall.edition,
							band: overall.score,
							risk: t(`country_gdi_band_${overall.score}` as MessageKey)
						})
					: ''
			]
				.join(' ')
				.trim(),
			sources: overall ? cite([overall]) : []
		};
	const row = (v: GdiValue | undefined, key: string) =>
		v ? [{ key, label: t(`country_gdi_${key}` as MessageKey), score: areaScore(v) }] : [];
	const areaScore = (v: GdiValue) =>
		v.indicator === 'overall'
			? band(v.score)
			: v.indicator.startsWith('Q')
				? v.score
				: t('country_band_score', { score: v.value ?? '', band: v.score });
	const find = (i: string) => current.find((v) => v.indicator === i);
	const q26 = find('Q26');
	return {
		id: 'gdi',
		title: t('country_gdi_title', { year: overall.year }),
		sub: t('country_gdi_sub'),
		rows: [
			...row(overall, 'overall'),
			...AREAS.flatMap((a) => row(find(a), a)),
			...row(q26, 'Q26')
		],
		sources: cite([overall, ...(q26 ? [q26] : [])])
	};
}

export function scorecard(
	g: { pefa: PefaScore[]; obs: ObsScore[]; gdi: GdiValue[] },
	locale: Locale,
	t: T
): ScoreCard[] {
	return [pefaCard(g.pefa, t), obsCard(g.obs, locale, t), gdiCard(g.gdi, t)];
}
