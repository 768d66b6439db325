/**
 * The props of the triangulation chart: its caption (sources and scopes), legend, the short and
 * full names of each row (every figure with its scope and publisher), the shares written at the
 * row's end, and the data table's columns, which the CSV export also uses. Pure, so the words
 * can be tested without a browser.
 */
import type { Column } from '../../charts/table.ts';
import { drillValue } from '../../explore/drill-codec.ts';
import { toDrill } from '../../credibility/credibility-drill.ts';
import type { CitedValue, ScopeGroup, TriangulationRow } from '../../credibility/triangulation.ts';
import { formatPercent } from '../../format/number.ts';
import { TRI_MARKS } from './triangulation-layout.ts';
import type { T, ViewText } from './view-text.ts';

const LEGEND_KEYS: Record<
	ScopeGroup,
	'cred_tri_legend_ds' | 'cred_tri_legend_defence' | 'cred_tri_legend_security'
> = {
	defence_security: 'cred_tri_legend_ds',
	defence: 'cred_tri_legend_defence',
	security: 'cred_tri_legend_security'
};

export function triangulationProps(rows: TriangulationRow[], text: ViewText, t: T) {
	const share = (v: number) => formatPercent(v / 100, text.locale, 1);
	const amounts = (r: TriangulationRow, group: ScopeGroup) =>
		r.amounts.filter((a) => a.group === group);
	const figure = (r: TriangulationRow) => (a: CitedValue) =>
		t('cred_tri_mark_figure', {
			scope: text.scope(a.scope),
			value: text.money(a.value, r.currency),
			publisher: a.publisher
		});
	const sharesText = (r: TriangulationRow) =>
		r.shares.length
			? t('cred_tri_shares', {
					list: r.shares
						.map((s) =>
							s.group === 'defence_security'
								? share(s.value)
								: `${text.scope(s.group)} ${share(s.value)}`
						)
						.join(' · ')
				})
			: '';
	const rowLabel = (r: TriangulationRow) =>
		t('cred_tri_mark', {
			place: `${text.country(r.country)} ${r.year}`,
			stage: text.lawStage(r.stage),
			figures: [
				r.sipri === null
					? t('cred_tri_mark_no_sipri')
					: t('cred_tri_mark_sipri', { value: text.money(r.sipri, r.currency) }),
				...r.amounts.map(figure(r)),
				sharesText(r)
			]
				.filter(Boolean)
				.join(' ; ')
		});
	const list = (r: TriangulationRow, group: ScopeGroup) =>
		amounts(r, group)
			.map((a) => text.money(a.value, r.currency))
			.join(' / ') || '—';
	const raw = (r: TriangulationRow, group: ScopeGroup) =>
		amounts(r, group)
			.map((a) => a.value)
			.join(' / ') || null;
	const columns: Column<TriangulationRow>[] = [
		{ key: 'year', label: t('cred_col_year'), text: (r) => String(r.year), value: (r) => r.year },
		{
			key: 'stage',
			label: t('cred_col_stage'),
			text: (r) => text.lawStage(r.stage),
			value: (r) => r.stage
		},
		{
			key: 'sipri',
			label: t('cred_col_sipri'),
			numeric: true,
			text: (r) => text.money(r.sipri, r.currency),
			value: (r) => r.sipri
		},
		...(['defence_security', 'defence', 'security'] as const).map((g) => ({
			key: g,
			label: t(`cred_col_law_${g}`),
			numeric: true,
			text: (r: TriangulationRow) => list(r, g),
			value: (r: TriangulationRow) => raw(r, g)
		})),
		{
			key: 'shares',
			label: t('cred_col_shares'),
			text: (r) =>
				r.shares.map((s) => `${text.scope(s.scope)} ${share(s.value)}`).join(' · ') || '—'
		},
		{ key: 'currency', label: t('cred_col_currency'), text: (r) => r.currency }
	];
	const meta = t('cred_tri_meta');
	return {
		id: 'cred-triangulation',
		title: t('cred_tri_title'),
		subtitle: t('cred_tri_sub'),
		description: t('cred_tri_desc', { n: rows.length }),
		meta,
		rows,
		blockLabel: text.country,
		unitLabel: text.unit,
		tick: text.tick,
		rowName: (r: TriangulationRow) =>
			t('cred_tri_row', { year: r.year, stage: text.lawStage(r.stage) }),
		rowLabel,
		sharesText,
		noSipri: t('cred_tri_no_sipri'),
		legend: [
			{ key: 'sipri', label: t('cred_tri_legend_sipri'), colour: TRI_MARKS.sipri.colour },
			...(['defence_security', 'defence', 'security'] as const).map((g) => ({
				key: g,
				label: t(LEGEND_KEYS[g]),
				colour: TRI_MARKS[g].colour,
				shape: TRI_MARKS[g].shape
			}))
		],
		columns,
		labels: { showData: t('show_data'), hint: t('cred_tri_hint'), group: t('cred_col_country') },
		exporting: text.exporting([meta]),
		drillOf: (r: TriangulationRow) =>
			drillValue(toDrill({ kind: 'sources', country: r.country, year: r.year }))
	};
}
