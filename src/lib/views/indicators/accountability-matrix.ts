/**
 * The accountability-gap matrix on imported (or demonstration) records, countries × years, from
 * the `accountability-gap` indicator's rows: each cell keeps its four parts (growth, audit
 * coverage, secret share, non-competitive share) beside the verdict the two axes decide, and
 * becomes a heatmap cell — one colour and one symbol for the verdict, the parts in its name and
 * in the table. Pure, for testing.
 */
import type { HeatAxisItem, HeatCell } from '../../charts/heatmap.ts';
import type { Column } from '../../charts/table.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import type { Translate as T } from '../../i18n/locale.svelte.ts';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import { codeLabel, formatIndicatorValue } from './format-result.ts';
import { legendItem, READING, readingOf } from './matrix-reading.ts';
import type { PanelContent, PanelRow } from './parts-panel.ts';
import { figureExport, pick } from '../explore/export-labels.ts';

export const MATRIX_PARTS = [
	'spending_growth',
	'audit_coverage',
	'classified_share',
	'non_competitive_share'
] as const;
export type MatrixPart = (typeof MATRIX_PARTS)[number];

export type MatrixCell = {
	/** gap | rising_covered | low_oversight | covered, or null when an axis is missing. */
	verdict: string | null;
	parts: Partial<Record<MatrixPart, number | null>>;
};

export type Matrix = { countries: string[]; years: number[]; cells: Map<string, MatrixCell> };

export const cellKey = (country: string, year: number) => `${country}|${year}`;

export function buildMatrix(results: IndicatorResult[]): Matrix {
	const rows = results.filter((r) => r.id === 'accountability-gap');
	const cells = new Map<string, MatrixCell>();
	for (const r of rows) {
		const key = cellKey(r.country, r.year);
		const cell = cells.get(key) ?? { verdict: null, parts: {} };
		if (r.measure && (MATRIX_PARTS as readonly string[]).includes(r.measure))
			cell.parts[r.measure as MatrixPart] = r.value;
		cell.verdict ??= r.score ?? null;
		cells.set(key, cell);
	}
	const countries = [...new Set(rows.map((r) => r.country))].sort();
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	return { countries, years, cells };
}

/** A part's value in words: growth and shares as percentages, missing as a dash. */
const partText = (part: MatrixPart, value: number | null | undefined, locale: Locale) =>
	formatIndicatorValue(value ?? null, part === 'spending_growth' ? 'growth' : 'share', locale);

const verdictText = (verdict: string | null, locale: Locale, t: T) =>
	verdict ? codeLabel('score', verdict, locale) : t('matrix_demo_no_verdict');

/** One table row per country-year, the same words as the cells. */
export type DemoRow = { country: string; year: number; cell: MatrixCell };

/** The parts of one cell, for the panel its activation opens. */
export function demoPanelRows(cell: MatrixCell, locale: Locale, t: T): PanelRow[] {
	return [
		{ key: 'verdict', label: t('matrix_col_cell'), value: verdictText(cell.verdict, locale, t) },
		...MATRIX_PARTS.map((part) => ({
			key: part,
			label: codeLabel('measure', part, locale),
			value: partText(part, cell.parts[part], locale)
		}))
	];
}

export function demoMatrixProps(
	matrix: Matrix,
	locale: Locale,
	t: T,
	countryName: (iso3: string) => string
) {
	const rows: HeatAxisItem[] = matrix.countries.map((c) => ({ key: c, label: countryName(c) }));
	const columns: HeatAxisItem[] = matrix.years.map((y) => ({ key: String(y), label: String(y) }));
	const table: DemoRow[] = [];
	const cells: HeatCell[] = [];
	for (const country of matrix.countries)
		for (const year of matrix.years) {
			const cell = matrix.cells.get(cellKey(country, year));
			if (!cell) continue;
			table.push({ country, year, cell });
			const parts = MATRIX_PARTS.filter((p) => p in cell.parts)
				.map((p) => `${codeLabel('measure', p, locale)} ${partText(p, cell.parts[p], locale)}`)
				.join(', ');
			cells.push({
				row: country,
				column: String(year),
				...readingOf(cell.verdict),
				label: `${countryName(country)} ${year} : ${verdictText(cell.verdict, locale, t)} — ${parts}`,
				data: { 'data-verdict': cell.verdict ?? '' }
			});
		}
	const tableColumns: Column<DemoRow>[] = [
		{ key: 'country', label: t('matrix_col_country'), text: (r) => countryName(r.country) },
		{ key: 'year', label: t('matrix_col_year'), text: (r) => String(r.year), value: (r) => r.year },
		{
			key: 'verdict',
			label: t('matrix_col_cell'),
			text: (r) => verdictText(r.cell.verdict, locale, t),
			value: (r) => r.cell.verdict ?? ''
		},
		...MATRIX_PARTS.map((part): Column<DemoRow> => ({
			key: part,
			label: codeLabel('measure', part, locale),
			numeric: true,
			text: (r) => partText(part, r.cell.parts[part], locale),
			value: (r) => r.cell.parts[part] ?? null
		}))
	];
	const legend = [
		legendItem('gap', READING.CONCERN, codeLabel('score', 'gap', locale)),
		legendItem('rising', READING.WATCH, codeLabel('score', 'rising_covered', locale)),
		legendItem('low', READING.WATCH_LOW, codeLabel('score', 'low_oversight', locale)),
		legendItem('covered', READING.FINE, codeLabel('score', 'covered', locale)),
		legendItem('none', READING.NONE, t('matrix_demo_no_verdict'))
	];
	return { rows, columns, cells, table, tableColumns, legend };
}

/** The parts of an activated country-year; on demonstration records, the panel says so. */
export function demoMatrixParts(
	matrix: Matrix,
	cell: Pick<HeatCell, 'row' | 'column'>,
	locale: Locale,
	t: T,
	countryName: (iso3: string) => string,
	isDemo: boolean
): PanelContent | null {
	const open = matrix.cells.get(cellKey(cell.row, Number(cell.column)));
	if (!open) return null;
	return {
		heading: `${countryName(cell.row)} ${cell.column}`,
		rows: demoPanelRows(open, locale, t),
		note: isDemo ? t('matrix_demo_note') : undefined
	};
}

/** The section on the indicators page, labelled as computed on the user's or the demo records. */
export function demoMatrixSection(
	rows: IndicatorResult[],
	opts: { isDemo: boolean; datasets: string; href: string },
	locale: Locale,
	t: T,
	countryName: (iso3: string) => string
) {
	const matrix = buildMatrix(rows);
	const heat = demoMatrixProps(matrix, locale, t, countryName);
	const title = t(opts.isDemo ? 'matrix_demo_title' : 'matrix_user_title');
	const meta = t('matrix_demo_meta', { datasets: opts.datasets });
	const gaps = heat.cells.filter((c) => c.data?.['data-verdict'] === 'gap').length;
	return {
		heading: title,
		lead: t('indic_matrix_lead'),
		isDemo: opts.isDemo,
		heatmap: {
			id: 'demo-matrix',
			title,
			subtitle: t(opts.isDemo ? 'matrix_demo_sub' : 'matrix_user_sub'),
			description: t('matrix_demo_desc', { title, n: gaps, total: heat.cells.length }),
			meta,
			...pick(heat, 'rows', 'columns', 'cells', 'legend'),
			labels: { showData: t('show_data'), hint: t('matrix_hint') },
			data: { columns: heat.tableColumns, rows: heat.table },
			exporting: figureExport(t, meta, opts.href)
		},
		parts: (cell: HeatCell) => demoMatrixParts(matrix, cell, locale, t, countryName, opts.isDemo)
	};
}
