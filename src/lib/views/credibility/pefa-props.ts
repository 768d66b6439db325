/**
 * The two PEFA tables side by side: the official scores (whole state budget, PEFA Secretariat)
 * and the scores Vigie computes on the defence and security lines, each with its own caption
 * saying which is which. Pure: rows, columns and words.
 */
import type { Column } from '../../charts/table.ts';
import type { OfficialPefa } from '../../credibility/official-pefa.ts';
import type { VigiePefa } from '../../credibility/vigie-pefa.ts';
import { formatPercent } from '../../format/number.ts';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import type { T, ViewText } from './view-text.ts';

export function officialPefaProps(rows: OfficialPefa[], text: ViewText, t: T) {
	const score = (s: string | undefined) => s ?? '—';
	const first = rows[0]?.latest;
	const columns: Column<OfficialPefa>[] = [
		{ key: 'country', label: t('cred_col_country'), text: (o) => text.country(o.country) },
		{ key: 'year', label: t('cred_col_assessment'), text: (o) => String(o.latest.year) },
		...(['PI-1', 'PI-2', 'PI-2.1', 'PI-2.2', 'PI-2.3'] as const).map((code) => ({
			key: code,
			label: code,
			text: (o: OfficialPefa) => score(o.latest.scores[code])
		}))
	];
	const earlier = rows
		.filter((o) => o.earlier.length)
		.map(
			(o) =>
				`${text.country(o.country)} ${o.earlier
					.map((a) =>
						t('cred_pefa_earlier', {
							year: a.year,
							pi1: score(a.scores['PI-1']),
							pi2: score(a.scores['PI-2'])
						})
					)
					.join(', ')}`
		)
		.join(' ; ');
	return {
		id: 'cred-pefa-official',
		title: t('cred_pefa_official_title'),
		subtitle: t('cred_pefa_official_sub'),
		meta: first ? t('cred_pefa_official_meta', { publisher: first.publisher }) : '',
		link: first ? { href: first.source_url, text: t('cred_pefa_official_link') } : undefined,
		columns,
		rows,
		letters: ['PI-1', 'PI-2', 'PI-2.1', 'PI-2.2', 'PI-2.3'],
		earlier: earlier ? t('cred_pefa_earlier_list', { list: earlier }) : '',
		notes: rows.flatMap((o) =>
			[o.latest, ...o.earlier]
				.filter((a) => a.note)
				.map((a) => `${text.country(o.country)} ${a.year} — ${a.note}`)
		)
	};
}

export function vigiePefaProps(rows: VigiePefa[], text: ViewText, t: T, isDemo: boolean) {
	const cell = (r: IndicatorResult | undefined) => {
		if (!r || r.value === null) return '—';
		const value = formatPercent(r.value, text.locale, 1);
		return r.score
			? t('cred_pefa_scored', { score: r.score, value })
			: t('cred_pefa_unscored', { value });
	};
	const columns: Column<VigiePefa>[] = [
		{ key: 'country', label: t('cred_col_country'), text: (v) => text.country(v.country) },
		{ key: 'pi1', label: t('cred_col_pi1'), text: (v) => cell(v.pi1) },
		{ key: 'pi21', label: t('cred_col_pi21'), text: (v) => cell(v.pi21) },
		{ key: 'pi22', label: t('cred_col_pi22'), text: (v) => cell(v.pi22) },
		{
			key: 'years',
			label: t('cred_col_years_used'),
			text: (v) => {
				// the scored year is the last of its three; an unscored one stands alone
				const y = v.pi1?.scoredYears;
				return y?.length ? `${y[0]}–${y.at(-1)}` : String(v.year);
			}
		}
	];
	return {
		id: 'cred-pefa-vigie',
		title: t('cred_pefa_vigie_title'),
		subtitle: t(isDemo ? 'cred_pefa_vigie_sub_demo' : 'cred_pefa_vigie_sub_user'),
		columns,
		rows,
		letters: ['pi1', 'pi21', 'pi22']
	};
}
