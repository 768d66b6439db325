/**
 * The props of the view's three share charts (titles, caption with datasets and formula,
 * thresholds and their legend, the data table's columns — which the CSV export also uses —,
 * bars) and the two key lines under the headings. Pure, so the captions can be tested without
 * a browser.
 */
import { formatMoney, formatPercent } from '../../format/number.ts';
import type { Locale, Params } from '../../i18n/define-messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { classifiedShare } from '../../indicators/classified-share/indicator.ts';
import type { OversightViewData } from '../../oversight/oversight-view-data.ts';
import type { Column } from '../../charts/table.ts';
import { figureExport } from '../explore/export-labels.ts';
import { codeLabel } from '../indicators/format-result.ts';
import type { ShareBar } from './share-bar.ts';
import {
	auditBars,
	BODY_LETTERS,
	bodyLabel,
	classifiedBars,
	derogationBars
} from './oversight-bars.ts';

type T = (key: MessageKey, params?: Params) => string;
type Context = {
	names: (...tables: ('budget_lines' | 'contracts' | 'oversight_events')[]) => string;
	href: string;
	countryName: (c: string) => string;
};

const percent = (b: ShareBar) => (b.value === null ? null : Math.round(b.value * 10000) / 100);

/** The GDI thresholds of the classified share, from the indicator's own bands. */
export const CLASSIFIED_THRESHOLDS = (classifiedShare.bands ?? [])
	.map((b) => b.atMost)
	.filter((v): v is number => v !== undefined);

export function chartProps(view: OversightViewData, locale: Locale, t: T, ctx: Context) {
	const base = (
		id: string,
		key: 'classified' | 'derogation' | 'audit',
		bars: ShareBar[],
		datasets: string
	) => {
		const title = t(`oversight_${key}_title`);
		const values = bars.map((b) => b.value).filter((v): v is number => v !== null);
		const meta = t('oversight_meta', {
			unit: t('oversight_unit'),
			datasets,
			formula: t(`oversight_${key}_formula`)
		});
		return {
			id,
			title,
			subtitle: t(`oversight_${key}_sub`),
			description: t('oversight_chart_desc', {
				title,
				n: values.length,
				min: values.length ? formatPercent(Math.min(...values), locale, 1) : '—',
				max: values.length ? formatPercent(Math.max(...values), locale, 1) : '—'
			}),
			meta,
			bars,
			countryName: ctx.countryName,
			tick: (v: number) => formatPercent(v, locale, 0),
			labels: {
				showData: t('show_data'),
				hint: t('oversight_hint'),
				group: t('oversight_col_country')
			},
			exporting: figureExport(t, meta, ctx.href)
		};
	};
	// Rows are grouped by country (the table's row groups, the CSV's first column).
	const lead: Column<ShareBar>[] = [
		{
			key: 'year',
			label: t('oversight_col_year'),
			text: (b) => String(b.year),
			value: (b) => b.year
		},
		{
			key: 'value',
			label: `${t('oversight_col_value')} (%)`,
			text: (b) => b.text,
			value: percent,
			numeric: true
		}
	];
	const classified = classifiedBars(view.results.classified, locale, t);
	const bandOf = new Map(view.results.classified.map((r) => [`${r.country}-${r.year}`, r.score]));
	const amountOf = new Map(view.amounts.map((a) => [`${a.country}-${a.year}`, a]));
	const amount = (b: ShareBar) => amountOf.get(`${b.country}-${b.year}`);
	const money = (v: number | null | undefined, b: ShareBar) =>
		v === null || v === undefined
			? '—'
			: formatMoney(v, amount(b)?.currency.split(',')[0] ?? '', locale);
	return {
		bandsText: `${t('oversight_bands', {
			bands: [...(classifiedShare.bands ?? []).map((b) => b.score), 'not_public']
				.map((s) => codeLabel('score', s, locale))
				.join(' · ')
		})} ${t('oversight_na_key')}`,
		bodiesText: `${t('oversight_bodies_key', {
			key: Object.entries(BODY_LETTERS)
				.map(([body, letter]) => `${letter} = ${bodyLabel(body, locale)}`)
				.join(' · ')
		})} ${t('oversight_na_key')}`,
		classified: {
			...base('oversight-classified', 'classified', classified, ctx.names('budget_lines')),
			thresholds: CLASSIFIED_THRESHOLDS.map((v) => ({
				value: v,
				label: formatPercent(v, locale, 0)
			})),
			legend: [
				{
					key: 'thresholds',
					label: t('oversight_legend_thresholds'),
					colour: '#555',
					shape: 'dotted' as const
				}
			],
			columns: [
				...lead,
				{
					key: 'band',
					label: t('oversight_col_band'),
					text: (b: ShareBar) => {
						const s = bandOf.get(`${b.country}-${b.year}`);
						return s ? codeLabel('score', s, locale) : '—';
					}
				}
			]
		},
		derogation: {
			...base(
				'oversight-derogation',
				'derogation',
				derogationBars(view.results.derogation, locale, t),
				ctx.names('contracts')
			),
			columns: lead
		},
		audit: {
			...base(
				'oversight-audit',
				'audit',
				auditBars(view.results.audit, view.amounts, locale, t),
				ctx.names('budget_lines', 'oversight_events')
			),
			columns: [
				...lead,
				{
					key: 'executed',
					label: t('oversight_col_executed'),
					text: (b: ShareBar) => money(amount(b)?.executed, b),
					value: (b: ShareBar) => amount(b)?.executed ?? null,
					numeric: true
				},
				{
					key: 'covered',
					label: t('oversight_col_covered'),
					text: (b: ShareBar) => money(amount(b)?.covered, b),
					value: (b: ShareBar) => amount(b)?.covered ?? null,
					numeric: true
				},
				{
					key: 'currency',
					label: t('unit'),
					text: (b: ShareBar) => amount(b)?.currency || '—',
					value: (b: ShareBar) => amount(b)?.currency ?? null
				},
				{
					key: 'bodies',
					label: t('oversight_col_bodies'),
					text: (b: ShareBar) =>
						amount(b)
							?.bodies.map((x) => bodyLabel(x, locale))
							.join(', ') || '—'
				}
			]
		}
	};
}
