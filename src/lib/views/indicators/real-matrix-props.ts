/**
 * The accountability matrix on published data as heatmap props: one row per country, one
 * column per dimension — the cell's verdict, real growth (SIPRI), the oversight level and its
 * four parts (OBS legislature and audit, PEFA PI-30 and PI-31), then, beside, secrecy (GDI Q26)
 * and competition (PEFA PI-24.2). Each cell's name says its value as published, how Vigie reads
 * it, its year and its source; the data table (and CSV) lists the same, one row per part. Pure.
 */
import type { HeatAxisItem, HeatCell } from '../../charts/heatmap.ts';
import type { Column, RowGroup } from '../../charts/table.ts';
import { formatGrowth, formatNumber, formatPercent } from '../../format/number.ts';
import { MATRIX_PARAMS } from '../../governance/matrix/levels.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import type { Translate as T } from '../../i18n/locale.svelte.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { MatrixCell, MatrixPart } from '../../governance/matrix/matrix-types.ts';
import { legendItem, READING, readingOf } from './matrix-reading.ts';
import type { PanelContent } from './parts-panel.ts';
import { citation } from '../explore/cited.ts';
import { figureExport, pick } from '../explore/export-labels.ts';

/** The oversight level's four parts, in the order `build-matrix.ts` gives them. */
const OVERSIGHT_PARTS = ['obs_legislative', 'obs_audit', 'pefa_pi30', 'pefa_pi31'] as const;
/** The verdict, what decides it, then what stands beside it. */
export const DIMENSIONS = [
	'cell',
	'growth',
	'oversight',
	...OVERSIGHT_PARTS,
	'gdi_q26',
	'pefa_pi24_2'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One line of the table: a country's dimension, its published value and its source. */
export type PartRow = {
	country: string;
	dimension: Dimension;
	/** As published (`D+`, `38,8/100`, `+24,1 %`), or the reason there is none. */
	value: string;
	level: string;
	year: string;
	source: string;
	url: string;
};

/** The value of a part as published, in words for the locale. */
export function partValue(part: MatrixPart, locale: Locale, t: T): string | null {
	if (part.id === 'growth')
		return part.value === null
			? null
			: `${formatGrowth(part.value, locale)} ${t('matrix_per_year')}`;
	if (part.score === null) return null;
	if (part.id.startsWith('obs') && part.value !== null)
		return `${formatNumber(part.value, locale, 1)}/100`;
	return part.score;
}

const missing = (part: MatrixPart, t: T) =>
	part.id.startsWith('obs')
		? t('matrix_not_covered')
		: part.id === 'gdi_q26'
			? t('matrix_no_page')
			: part.score
				? t('matrix_not_rated')
				: t('matrix_none');

/** Every dimension of a country's cell, as table rows (parts with their source). */
export function partRows(cell: MatrixCell, locale: Locale, t: T): PartRow[] {
	const levelWord = (level: string | null) =>
		level ? t(`matrix_level_${level}` as MessageKey) : '—';
	const part = (dimension: Dimension, p: MatrixPart): PartRow => ({
		country: cell.country,
		dimension,
		value: partValue(p, locale, t) ?? missing(p, t),
		level: levelWord(p.level),
		year:
			p.id === 'growth' ? `${cell.growth.from}–${cell.asOf}` : p.year === null ? '—' : `${p.year}`,
		source: p.year === null && p.id !== 'growth' ? '' : citation(p),
		url: p.year === null && p.id !== 'growth' ? '' : p.source_url
	});
	const known = cell.oversight.parts.filter((p) => p.level !== null).length;
	return [
		{
			country: cell.country,
			dimension: 'cell',
			value: t(`matrix_cell_${cell.cell}` as MessageKey),
			level: t('matrix_cell_reading', {
				growth: levelWord(cell.growth.level),
				oversight: levelWord(cell.oversight.level)
			}),
			year: `${cell.growth.from}–${cell.asOf}`,
			source: t('matrix_construction'),
			url: ''
		},
		part('growth', cell.growth),
		{
			country: cell.country,
			dimension: 'oversight',
			value: t('matrix_sources_n', { n: known }),
			level: levelWord(cell.oversight.level),
			year: '—',
			source: t('matrix_construction'),
			url: ''
		},
		...cell.oversight.parts.map((p) => part(p.id as Dimension, p)),
		part('gdi_q26', cell.secrecy),
		part('pefa_pi24_2', cell.competition)
	];
}

const PART_OF: Partial<Record<Dimension, (c: MatrixCell) => MatrixPart | undefined>> = {
	growth: (c) => c.growth,
	gdi_q26: (c) => c.secrecy,
	pefa_pi24_2: (c) => c.competition,
	...Object.fromEntries(
		OVERSIGHT_PARTS.map((id) => [id, (c: MatrixCell) => c.oversight.parts.find((p) => p.id === id)])
	)
};

/** The heatmap cell of one country's dimension. */
function heatCell(cell: MatrixCell, row: PartRow, name: string, locale: Locale, t: T): HeatCell {
	const part = PART_OF[row.dimension]?.(cell);
	const level =
		row.dimension === 'cell'
			? cell.cell
			: row.dimension === 'oversight'
				? cell.oversight.level
				: (part?.level ?? null);
	const reading = readingOf(level);
	const has = part ? partValue(part, locale, t) !== null : true;
	const text =
		row.dimension === 'cell'
			? t(`matrix_short_${cell.cell}` as MessageKey)
			: row.dimension === 'oversight'
				? row.level
				: row.dimension === 'growth' && part?.value != null
					? formatGrowth(part.value, locale)
					: part?.id.startsWith('obs') && part.value !== null
						? formatNumber(part.value, locale, 0)
						: row.value;
	const sub =
		row.dimension === 'growth'
			? t('matrix_per_year')
			: row.dimension === 'oversight'
				? row.value
				: row.dimension === 'cell' || !has
					? undefined
					: part?.id.startsWith('pefa')
						? `PEFA ${part.year}`
						: part?.edition;
	const source = row.source ? ` — ${row.source}` : '';
	return {
		row: cell.country,
		column: row.dimension,
		...reading,
		text,
		sub,
		label: `${name}, ${t(`matrix_col_${row.dimension}` as MessageKey, { from: cell.growth.from, to: cell.asOf })} : ${row.value} (${row.level}), ${row.year}${source}`,
		data: { 'data-level': level ?? '', 'data-source': part?.source_url ?? '' }
	};
}

export function realMatrixProps(
	cells: MatrixCell[],
	locale: Locale,
	t: T,
	countryName: (iso3: string) => string
) {
	const [first] = cells;
	const period = { from: first?.growth.from ?? 0, to: first?.asOf ?? 0 };
	const rows: HeatAxisItem[] = cells.map((c) => ({
		key: c.country,
		label: countryName(c.country)
	}));
	const columns: HeatAxisItem[] = DIMENSIONS.map((d) => ({
		key: d,
		label: t(`matrix_col_${d}` as MessageKey, period)
	}));
	const parts = cells.map((c) => ({ cell: c, rows: partRows(c, locale, t) }));
	const groups: RowGroup<PartRow>[] = parts.map((p) => ({
		label: countryName(p.cell.country),
		rows: p.rows
	}));
	const tableColumns: Column<PartRow>[] = [
		{
			key: 'dimension',
			label: t('matrix_col_part'),
			text: (r) => columns.find((c) => c.key === r.dimension)!.label
		},
		{ key: 'value', label: t('matrix_col_value'), text: (r) => r.value },
		{ key: 'level', label: t('matrix_col_level'), text: (r) => r.level },
		{ key: 'year', label: t('matrix_col_year'), text: (r) => r.year },
		{ key: 'source', label: t('matrix_col_source'), text: (r) => r.source || '—' },
		{ key: 'url', label: t('matrix_col_url'), text: (r) => r.url || '—' }
	];
	const gaps = cells.filter((c) => c.cell === 'gap');
	const title = t('matrix_real_title');
	return {
		title,
		subtitle: t('matrix_real_sub', period),
		description: t('matrix_real_desc', {
			title,
			n: gaps.length,
			total: cells.length,
			countries: gaps.map((c) => countryName(c.country)).join(', ') || '—'
		}),
		meta: t('matrix_real_meta'),
		rows,
		columns,
		cells: parts.flatMap((p) =>
			p.rows.map((r) => heatCell(p.cell, r, countryName(p.cell.country), locale, t))
		),
		legend: [
			legendItem(
				'concern',
				READING.CONCERN,
				t('matrix_legend_concern', {
					threshold: formatPercent(MATRIX_PARAMS.growthHigh, locale, 0)
				})
			),
			legendItem('watch', READING.WATCH, t('matrix_legend_watch')),
			legendItem('watch_low', READING.WATCH_LOW, t('matrix_legend_watch_low')),
			legendItem('fine', READING.FINE, t('matrix_legend_fine')),
			legendItem('none', READING.NONE, t('matrix_legend_none'))
		],
		groups,
		tableColumns,
		parts
	};
}

/** Every part of an activated cell's country, the activated one marked. */
export function realMatrixParts(
	matrix: ReturnType<typeof realMatrixProps>,
	cell: HeatCell,
	t: T,
	countryName: (iso3: string) => string
): PanelContent | null {
	const open = matrix.parts.find((p) => p.cell.country === cell.row);
	if (!open) return null;
	const label = (key: string) => matrix.columns.find((c) => c.key === key)?.label ?? key;
	return {
		heading: `${countryName(cell.row)} — ${t(`matrix_cell_${open.cell.cell}` as MessageKey)}`,
		rows: open.rows.map((r) => ({ ...r, key: r.dimension, label: label(r.dimension) })),
		highlight: cell.column
	};
}

/** The section on the indicators page: heading, lead, heatmap props and the cells' parts. */
export function realMatrixSection(
	cells: MatrixCell[],
	locale: Locale,
	t: T,
	countryName: (iso3: string) => string,
	href: string
) {
	const m = realMatrixProps(cells, locale, t, countryName);
	return {
		heading: t('matrix_real_heading'),
		lead: t('matrix_real_lead'),
		heatmap: {
			id: 'real-matrix',
			...pick(m, 'title', 'subtitle', 'description', 'meta', 'rows', 'columns', 'cells', 'legend'),
			labels: { showData: t('show_data'), hint: t('matrix_hint') },
			data: { columns: m.tableColumns, groups: m.groups, groupLabel: t('matrix_col_country') },
			exporting: figureExport(t, m.meta, href)
		},
		parts: (cell: HeatCell) => realMatrixParts(m, cell, t, countryName)
	};
}
