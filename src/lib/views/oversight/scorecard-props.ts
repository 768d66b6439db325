/**
 * The oversight scorecard as heatmap props: one row per country, its latest PEFA assessment's
 * PI-9 (public access to fiscal information), PI-30 (external audit) and PI-31 (legislative
 * scrutiny of audit reports) with their dimensions, then TI's GDI 2020 overall band and its
 * questions on parliamentary scrutiny (Q1, Q2) and secret spending (Q26, Q27). A country without
 * a GDI 2020 page says so, with its 2015 band. The data table lists every assessment. Pure.
 */
import type { HeatAxisItem, HeatCell } from '../../charts/heatmap.ts';
import type { Column, RowGroup } from '../../charts/table.ts';
import { gdiBandLevel, gdiLevel, pefaLevel } from '../../governance/matrix/levels.ts';
import type { OversightPicture } from '../../governance/oversight-picture.ts';
import { PICTURE_PEFA_CODES } from '../../governance/oversight-picture.ts';
import type { Translate as T } from '../../i18n/locale.svelte.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { citation } from '../explore/cited.ts';
import { legendItem, NONE, READING, readingOf } from '../indicators/matrix-reading.ts';

export const GDI_COLUMNS = ['overall', 'Q1', 'Q2', 'Q26', 'Q27'] as const;

/** `PI-30.1` → `oversight_sc_pi30_1`; `Q26` → `oversight_sc_gdi_q26`. */
export const columnKey = (code: string): MessageKey =>
	(/^PI-/.test(code)
		? `oversight_sc_${code.toLowerCase().replace('-', '').replace('.', '_')}`
		: `oversight_sc_gdi_${code.toLowerCase()}`) as MessageKey;

/** One published score, as the table lists it. */
export type ScoreRow = {
	country: string;
	source: string;
	code: string;
	score: string;
	level: string;
	year: number;
	title: string;
	url: string;
};

export function scorecardProps(
	picture: OversightPicture,
	countries: readonly string[],
	t: T,
	countryName: (iso3: string) => string
) {
	const level = (l: string | null) => (l ? t(`matrix_level_${l}` as MessageKey) : '—');
	const rows: HeatAxisItem[] = countries.map((c) => ({ key: c, label: countryName(c) }));
	const columns: HeatAxisItem[] = [...PICTURE_PEFA_CODES, ...GDI_COLUMNS].map((code) => ({
		key: code,
		label: t(columnKey(code))
	}));
	const cells: HeatCell[] = [];
	const table: ScoreRow[] = [];
	for (const country of countries) {
		const pefa = picture.pefa.filter((r) => r.country === country);
		const latest = Math.max(...pefa.map((r) => r.year));
		for (const r of pefa)
			table.push({
				country,
				source: 'PEFA',
				code: r.code,
				score: r.score,
				level: level(pefaLevel(r.score)),
				year: r.year,
				title: citation(r),
				url: r.source_url
			});
		for (const code of PICTURE_PEFA_CODES) {
			const r = pefa.find((p) => p.year === latest && p.code === code);
			const l = pefaLevel(r?.score);
			cells.push({
				row: country,
				column: code,
				...(r ? readingOf(l) : NONE),
				text: r?.score ?? t('matrix_none'),
				sub: r ? `PEFA ${r.year}` : undefined,
				label: r
					? `${countryName(country)}, PEFA ${r.year} — ${t(columnKey(code))} : ${r.score} (${level(l)}) — ${r.source_title}`
					: `${countryName(country)} — ${t(columnKey(code))} : ${t('matrix_none')}`,
				data: { 'data-score': r?.score ?? '', 'data-source': r?.source_url ?? '' }
			});
		}
		const gdi = picture.gdi.filter((r) => r.country === country);
		const g2020 = gdi.filter((r) => r.edition === 'GDI 2020');
		for (const r of gdi.filter(
			(r) => r.indicator === 'overall' || GDI_COLUMNS.includes(r.indicator as never)
		))
			table.push({
				country,
				source: r.edition,
				code: r.indicator,
				score: r.score,
				level: level(r.value === null ? gdiBandLevel(r.score) : gdiLevel(r.value)),
				year: r.year,
				title: citation(r),
				url: r.source_url
			});
		const older = gdi.find((r) => r.indicator === 'overall' && r.edition !== 'GDI 2020');
		for (const code of GDI_COLUMNS) {
			const r = g2020.find((x) => x.indicator === code);
			const l = r ? (code === 'overall' ? gdiBandLevel(r.score) : gdiLevel(r.value)) : null;
			const missing = !g2020.length ? t('matrix_no_page') : t('matrix_none');
			cells.push({
				row: country,
				column: code,
				...(r ? readingOf(l) : NONE),
				text: r ? (code === 'overall' ? r.score : `${r.value}`) : missing,
				sub: r
					? 'GDI 2020'
					: code === 'overall' && older
						? `${older.edition} : ${older.score}`
						: undefined,
				label: r
					? `${countryName(country)}, GDI 2020 — ${t(columnKey(code))} : ${r.score} (${level(l)}) — ${r.source_title}`
					: `${countryName(country)} — ${t(columnKey(code))} : ${missing}${older && code === 'overall' ? ` (${older.edition} : ${older.score})` : ''}`,
				data: { 'data-score': r?.score ?? '', 'data-source': r?.source_url ?? '' }
			});
		}
	}
	const groups: RowGroup<ScoreRow>[] = countries.map((c) => ({
		label: countryName(c),
		rows: table.filter((r) => r.country === c)
	}));
	const tableColumns: Column<ScoreRow>[] = [
		{ key: 'source', label: t('matrix_col_source'), text: (r) => r.source },
		{ key: 'code', label: t('oversight_sc_col_code'), text: (r) => t(columnKey(r.code)) },
		{ key: 'score', label: t('matrix_col_value'), text: (r) => r.score },
		{ key: 'level', label: t('matrix_col_level'), text: (r) => r.level },
		{ key: 'year', label: t('matrix_col_year'), text: (r) => String(r.year), value: (r) => r.year },
		{ key: 'title', label: t('oversight_sc_col_title'), text: (r) => r.title },
		{ key: 'url', label: t('matrix_col_url'), text: (r) => r.url }
	];
	const legend = [
		legendItem('weak', READING.CONCERN, t('oversight_sc_legend_weak')),
		legendItem('medium', READING.WATCH, t('oversight_sc_legend_medium')),
		legendItem('strong', READING.FINE, t('oversight_sc_legend_strong')),
		legendItem('none', READING.NONE, t('oversight_sc_legend_none'))
	];
	return { rows, columns, cells, groups, tableColumns, legend, table };
}
