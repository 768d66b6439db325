/**
 * The props of the budget-line charts: yearly totals by stage (`StageBars`) and the gaps by
 * institution or category (`GapBars`) — captions with datasets and formula, each mark's exact
 * name, the drill values marks open, and the data tables' columns (also the CSV's). Pure.
 */
import type { Column } from '../../charts/table.ts';
import { toDrill } from '../../credibility/credibility-drill.ts';
import type { StageGap } from '../../credibility/stage-gaps.ts';
import { drillValue } from '../../explore/drill-codec.ts';
import type { ExploreFilters } from '../../explore/filters.ts';
import { formatGrowth, formatPercent } from '../../format/number.ts';
import { STAGE_COLOURS } from '../../charts/palette.ts';
import { buildStagePanels, type Stage, type StageBar, type StagePanel } from './stage-panels.ts';
import type { T, ViewText } from './view-text.ts';

type StageRow = StageBar & { panel: StagePanel };

/** Stage totals (`stages`) as panels, with their names, table and drills (`drill`: year bars open). */
export function stageProps(
	totals: Parameters<typeof buildStagePanels>[0],
	stages: readonly Stage[],
	text: ViewText,
	t: T,
	o: {
		id: string;
		title: string;
		subtitle: string;
		meta: string[];
		shared: boolean;
		drill: boolean;
	}
) {
	const panels = buildStagePanels(totals, stages);
	const value = (b: StageBar, s: Stage) => b.values[s] ?? null;
	const rate = (b: StageBar) => {
		const [a, e] = [value(b, 'approved'), value(b, 'executed')];
		return a && e !== null ? e / a : null;
	};
	const columns: Column<StageRow>[] = [
		{ key: 'year', label: t('cred_col_year'), text: (r) => String(r.year), value: (r) => r.year },
		...stages.map((s) => ({
			key: s,
			label: text.stageLabels[s],
			numeric: true,
			text: (r: StageRow) => text.money(value(r, s), r.panel.currency),
			value: (r: StageRow) => value(r, s)
		})),
		{
			key: 'rate',
			label: t('cred_col_rate'),
			numeric: true,
			text: (r) => {
				const v = rate(r);
				return v === null ? '—' : formatPercent(v, text.locale, 1);
			},
			value: (r) => rate(r)
		},
		{ key: 'currency', label: t('cred_col_currency'), text: (r) => r.panel.currency }
	];
	const panelLabel = (p: StagePanel) => text.group(p.country, p.currency);
	return {
		id: o.id,
		title: o.title,
		subtitle: o.subtitle,
		description: t('cred_totals_desc', { panels: panels.map(panelLabel).join(', ') }),
		meta: o.meta.join(' · '),
		panels,
		stages,
		stageLabels: text.stageLabels,
		panelLabel,
		unitLabel: (p: StagePanel, max: number) => text.unit(p.currency, max),
		tick: text.tick,
		markLabel: (p: StagePanel, b: StageBar, s: Stage) => {
			const r = rate(b);
			const label = t('cred_stage_mark', {
				place: panelLabel(p),
				year: b.year,
				stage: text.stageLabels[s],
				value: text.money(value(b, s), p.currency)
			});
			return s === 'executed' && r !== null
				? `${label} · ${t('cred_mark_rate', { rate: formatPercent(r, text.locale, 1) })}`
				: label;
		},
		sharedScale: o.shared,
		columns,
		labels: {
			showData: t('show_data'),
			hint: t(o.drill ? 'cred_hint' : 'cred_hint_read'),
			group: t('cred_col_country')
		},
		exporting: text.exporting(o.meta),
		drillOf: o.drill
			? (p: StagePanel, year: number) =>
					drillValue(toDrill({ kind: 'year', country: p.country, currency: p.currency, year }))
			: undefined
	};
}

/** The gap chart of one breakdown. */
export function gapProps(
	gaps: StageGap[],
	kind: 'institution' | 'category',
	text: ViewText,
	t: T,
	meta: string[]
) {
	const itemLabel = (g: StageGap) => (kind === 'category' ? text.category(g.item) : g.item);
	const share = (v: number | null) => (v === null ? '—' : formatGrowth(v, text.locale));
	const signed = (g: StageGap) =>
		(g.gap > 0 ? '+' : g.gap < 0 ? '−' : '') + text.money(Math.abs(g.gap), g.currency);
	const columns: Column<StageGap>[] = [
		{ key: 'item', label: t('cred_col_item'), text: itemLabel, value: (g) => g.item },
		...(['approved', 'executed'] as const).map((s) => ({
			key: s,
			label: text.stageLabels[s],
			numeric: true,
			text: (g: StageGap) => text.money(g[s], g.currency),
			value: (g: StageGap) => g[s]
		})),
		{ key: 'gap', label: t('cred_col_gap'), numeric: true, text: signed, value: (g) => g.gap },
		{
			key: 'gap_share',
			label: t('cred_col_gap_share'),
			numeric: true,
			text: (g) => share(g.gap_share),
			value: (g) => g.gap_share
		},
		{
			key: 'revised_share',
			label: t('cred_col_revised_share'),
			numeric: true,
			text: (g) => share(g.revised_share),
			value: (g) => g.revised_share
		},
		{ key: 'currency', label: t('cred_col_currency'), text: (g) => g.currency }
	];
	return {
		id: `cred-gaps-${kind}`,
		title: t(`cred_gaps_title_${kind}`),
		subtitle: t('cred_gaps_sub'),
		description: t('cred_gaps_desc', { rows: String(gaps.length) }),
		meta: meta.join(' · '),
		gaps,
		itemLabel,
		groupLabel: text.group,
		markLabel: (g: StageGap) =>
			t('cred_gap_mark', {
				place: text.group(g.country, g.currency),
				item: itemLabel(g),
				approved: text.money(g.approved, g.currency),
				executed: text.money(g.executed, g.currency),
				share: share(g.gap_share),
				amount: signed(g),
				revised:
					g.revised_share === null
						? ''
						: t('cred_gap_mark_revised', { share: share(g.revised_share) })
			}),
		valueText: (g: StageGap) => share(g.gap_share),
		tick: (v: number) => formatPercent(v, text.locale, 0),
		legend: [
			{ key: 'gap', label: t('cred_legend_gap'), colour: STAGE_COLOURS.executed },
			{
				key: 'revised',
				label: t('cred_legend_revised'),
				colour: '#E69F00',
				shape: 'diamond' as const
			}
		],
		columns,
		labels: { showData: t('show_data'), hint: t('cred_hint'), group: t('cred_col_country') },
		exporting: text.exporting(meta),
		drillOf: (g: StageGap) =>
			drillValue(toDrill({ kind, country: g.country, currency: g.currency, item: g.item }))
	};
}

/** Whether a filter set is on the constant-dollar basis (panels then share one scale). */
export const isUsd = (f: ExploreFilters) => f.basis === 'usd';
