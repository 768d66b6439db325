/**
 * The props of the real picture's figures (PEFA PI-24 grid, GDI 2020 procurement scores, dated
 * rule changes): titles, captions with their source, text alternatives, legends and the data
 * tables' columns (which the CSV exports also use). Pure, so captions are tested without a browser.
 */
import { countryName } from '../../findings/finding-text.ts';
import { formatDate } from '../../format/number.ts';
import type { Locale, Params } from '../../i18n/define-messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { GdiValue } from '../../governance/scores.ts';
import {
	gdiProcurement,
	latestPefa,
	PI24_METHODS,
	type ProcurementReal
} from '../../procurement/procurement-real.ts';
import type { Column } from '../../charts/table.ts';
import type { LegendItem } from '../../charts/legend.ts';
import type { Cited } from '../explore/cited.ts';
import { figureExport } from '../explore/export-labels.ts';
import type { HBar } from './hbars.ts';
import { assessments, scoreColour, type Assessment } from './pefa-grid.ts';

type T = (key: MessageKey, params?: Params) => string;

/** Who published the rows, once each (the caption's source; the links go under the figure). */
const publishers = (rows: Cited[]) => [...new Set(rows.map((r) => r.publisher))].join(' ; ');
/** Each source document once: its link under the figure, and its address in exports. */
export const sourceLinks = (rows: Cited[], text: (r: Cited) => string) => {
	const seen = new Map<string, { text: string; href: string }>();
	for (const r of rows)
		if (!seen.has(r.source_url)) seen.set(r.source_url, { text: text(r), href: r.source_url });
	return [...seen.values()];
};

export function pefaProps(real: ProcurementReal, locale: Locale, t: T, href: string) {
	const rows = assessments(real.pefa);
	const name = (a: Assessment) => `${countryName(a.country, locale)} ${a.year}`;
	const meta = t('proc_pefa_meta', { source: publishers(real.pefa) });
	// one file holds every assessment (the PEFA batch download): one link
	const links = sourceLinks(real.pefa, () => t('proc_pefa_link'));
	const score = (code: string) => (a: Assessment) => a.scores[code]?.score ?? '—';
	const dims = ['PI-24', 'PI-24.1', 'PI-24.2', 'PI-24.3', 'PI-24.4'];
	const columns: Column<Assessment>[] = [
		{ key: 'assessment', label: t('proc_pefa_col_assessment'), text: name },
		...dims.map((code) => ({ key: code, label: code, text: score(code) })),
		{ key: 'note', label: t('proc_pefa_col_note'), text: (a: Assessment) => a.note || '—' }
	];
	const latest = latestPefa(real.pefa, PI24_METHODS)
		.map((s) => `${countryName(s.country, locale)} ${s.year}${t('colon')}${s.score}`)
		.join(' ; ');
	const legend: LegendItem[] = [
		...['A', 'B', 'C', 'D'].map((l) => ({ key: l, label: l, colour: scoreColour(l).fill })),
		{ key: 'nr', label: t('proc_pefa_legend_nr'), colour: scoreColour('NR').fill }
	];
	return {
		id: 'proc-pefa',
		title: t('proc_pefa_title'),
		subtitle: t('proc_pefa_sub'),
		description: t('proc_pefa_desc', { n: rows.length, latest: latest || '—' }),
		meta,
		rows,
		header: (code: string, narrow: boolean) => {
			const short = code.replace('PI-', '');
			if (narrow) return [short];
			return [code, t(`proc_pefa_dim_${short.replace('.', '_')}` as MessageKey)];
		},
		rowName: name,
		legend,
		columns,
		labels: { showData: t('show_data') },
		links,
		exporting: figureExport(
			t,
			meta,
			href,
			links.map((l) => l.href)
		)
	};
}

/** One row per country shown: its GDI 2020 procurement score, or why there is none. */
export function gdiProps(
	real: ProcurementReal,
	countries: readonly string[],
	locale: Locale,
	t: T,
	href: string
) {
	const scored = gdiProcurement(real.gdi);
	const overall = (c: string) =>
		real.gdi.find((g) => g.country === c && g.indicator === 'overall') as GdiValue | undefined;
	const rows: HBar[] = countries.map((c) => {
		const g = scored.find((s) => s.country === c);
		const country = countryName(c, locale);
		if (g && g.value !== null) {
			const text = t('proc_gdi_text', { score: g.value, band: g.score });
			return {
				key: c,
				name: country,
				value: g.value,
				text,
				label: `${country}${t('colon')}${text}`
			};
		}
		const before = overall(c);
		const text = before
			? t('proc_gdi_none_before', { edition: before.edition, band: before.score })
			: t('proc_gdi_none');
		return { key: c, name: country, value: null, text, label: `${country}${t('colon')}${text}` };
	});
	const cited = [...scored.filter((g) => countries.includes(g.country))];
	const meta = t('proc_gdi_meta', { source: publishers(cited) || '—' });
	const links = sourceLinks(cited, (r) => r.source_title);
	return {
		id: 'proc-gdi',
		title: t('proc_gdi_title'),
		subtitle: t('proc_gdi_sub'),
		description: t('proc_gdi_desc', { rows: rows.map((r) => r.label).join(' ; ') }),
		meta,
		rows,
		max: 100,
		colour: '#a63603',
		labelWidth: 110,
		columns: [
			{ key: 'country', label: t('proc_gdi_col_country'), text: (r: HBar) => r.name },
			{
				key: 'score',
				label: t('proc_gdi_col_score'),
				numeric: true,
				text: (r: HBar) => (r.value === null ? '—' : String(r.value)),
				value: (r: HBar) => r.value
			},
			{ key: 'text', label: t('proc_gdi_col_band'), text: (r: HBar) => r.text }
		] as Column<HBar>[],
		labels: { showData: t('show_data'), hint: '' },
		links,
		exporting: figureExport(
			t,
			meta,
			href,
			links.map((l) => l.href)
		)
	};
}

/** The dated rule changes, newest first, in the reader's language. */
export function ruleItems(real: ProcurementReal, locale: Locale) {
	return [...real.events].reverse().map((e) => ({
		key: `${e.country}-${e.date}`,
		date: formatDate(e.date, locale, 'long'),
		iso: e.date,
		country: countryName(e.country, locale),
		title: locale === 'fr' ? e.title_fr : e.title_en,
		source: { title: e.source_title, url: e.source_url, publisher: e.publisher }
	}));
}
