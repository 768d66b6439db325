/**
 * The props of the contract-level figures (method chart, largest suppliers): captions naming
 * the datasets and the amount basis, legends, accessible names with exact values, drill values
 * and the data tables' columns (which the CSV exports also use). Pure, tested without a browser.
 */
import { drillValue } from '../../explore/drill-codec.ts';
import type { Locale, Params } from '../../i18n/define-messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { METHOD_COLOURS } from '../../charts/palette.ts';
import type { LegendItem } from '../../charts/legend.ts';
import type { Column } from '../../charts/table.ts';
import { METHOD_ORDER } from '../../procurement/method-categories.ts';
import type { YearRow } from '../../procurement/overview.ts';
import { toDrill } from '../../procurement/procurement-drill.ts';
import type { SupplierRow } from '../../procurement/procurement-queries.ts';
import { figureExport } from '../explore/export-labels.ts';
import type { HBar } from './hbars.ts';
import type { ProcFormats } from './formats.ts';

type T = (key: MessageKey, params?: Params) => string;
type Context = { f: ProcFormats; meta: string; href: string; locale: Locale };

const hundredths = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 100);

export const methodName = (t: T, m: string) => t(`method_${m}` as MessageKey);

export function methodProps(years: YearRow[], t: T, ctx: Context) {
	const { f } = ctx;
	const present = METHOD_ORDER.filter((m) =>
		years.some((r) => r.methods.some((c) => c.method === m && c.n > 0))
	);
	const legend: LegendItem[] = [
		...present.map((m) => ({
			key: m,
			label: methodName(t, m),
			colour: METHOD_COLOURS[m]?.fill ?? '#999999'
		})),
		{ key: 'derogation-line', label: t('proc_derogation'), colour: '#222222', shape: 'line' }
	];
	const cell = (r: YearRow, m: string) => r.methods.find((c) => c.method === m);
	const columns: Column<YearRow>[] = [
		{ key: 'year', label: t('proc_year'), text: (r) => String(r.year), value: (r) => r.year },
		...present.map((m) => ({
			key: m,
			label: `${methodName(t, m)} (%)`,
			numeric: true,
			text: (r: YearRow) => f.percent(cell(r, m)?.share ?? 0),
			value: (r: YearRow) => hundredths(cell(r, m)?.share ?? 0)
		})),
		{
			key: 'derogation-line',
			label: `${t('proc_derogation')} (%)`,
			numeric: true,
			text: (r) => (r.derogation === null ? '—' : f.percent(r.derogation)),
			value: (r) => hundredths(r.derogation)
		},
		{
			key: 'amount',
			label: `${t('proc_amount')} (${f.currency})`,
			numeric: true,
			text: (r) => f.money(r.amount),
			value: (r) => r.amount
		},
		{
			key: 'n',
			label: t('proc_contracts'),
			numeric: true,
			text: (r) => f.count(r.n),
			value: (r) => r.n
		}
	];
	return {
		id: 'proc-methods',
		title: t('proc_methods_title'),
		subtitle: t('proc_methods_subtitle'),
		description: t('proc_methods_desc', {
			from: years[0]?.year ?? '',
			to: years.at(-1)?.year ?? ''
		}),
		meta: ctx.meta,
		years,
		legend,
		segmentLabel: (r: YearRow, m: string) => {
			const c = cell(r, m)!;
			return t('proc_bar_label', {
				year: r.year,
				method: methodName(t, m),
				share: f.percent(c.share ?? 0),
				amount: f.money(c.amount),
				n: f.count(c.n)
			});
		},
		pointLabel: (r: YearRow) =>
			t('proc_derog_point', {
				year: r.year,
				share: f.percent(r.derogation ?? 0),
				n: f.count(r.derogationCoverage.n),
				total: f.count(r.derogationCoverage.total)
			}),
		segmentDrill: (year: number, method: string) =>
			drillValue(toDrill({ kind: 'bar', year, method })),
		pointDrill: (year: number) => drillValue(toDrill({ kind: 'derog', year })),
		tick: (v: number) => f.percent(v),
		columns,
		labels: { showData: t('show_data'), hint: t('drill_hint') },
		exporting: figureExport(t, ctx.meta, ctx.href)
	};
}

export function supplierProps(suppliers: SupplierRow[], total: number, t: T, ctx: Context) {
	const { f } = ctx;
	const share = (s: SupplierRow) => (total > 0 && s.amount !== null ? s.amount / total : 0);
	const rows: (HBar & { row: SupplierRow })[] = suppliers.map((s) => ({
		key: s.supplier_norm,
		name: s.spelling,
		value: s.amount ?? 0,
		text: `${f.money(s.amount ?? 0)} · ${f.percent(share(s))}`,
		label: t('proc_supplier_label', {
			name: s.spelling,
			amount: f.money(s.amount ?? 0),
			share: f.percent(share(s)),
			n: f.count(s.n)
		}),
		drill: drillValue(toDrill({ kind: 'supplier', name: s.supplier_norm })),
		row: s
	}));
	type Row = (typeof rows)[number];
	const columns: Column<Row>[] = [
		{ key: 'supplier', label: t('proc_supplier'), text: (r) => r.name },
		{
			key: 'amount',
			label: `${t('proc_amount')} (${f.currency})`,
			numeric: true,
			text: (r) => f.money(r.value ?? 0),
			value: (r) => r.value
		},
		{
			key: 'share',
			label: `${t('proc_share')} (%)`,
			numeric: true,
			text: (r) => f.percent(share(r.row)),
			value: (r) => hundredths(share(r.row))
		},
		{
			key: 'n',
			label: t('proc_contracts'),
			numeric: true,
			text: (r) => f.count(r.row.n),
			value: (r) => r.row.n
		},
		{
			key: 'spellings',
			label: t('proc_spellings'),
			text: (r) => r.row.variants.split('\u001f').join(' | ')
		}
	];
	return {
		id: 'proc-suppliers',
		title: t('proc_suppliers_title'),
		subtitle: t('proc_suppliers_subtitle', { n: suppliers.length }),
		description: t('proc_suppliers_desc', { first: rows[0]?.label ?? t('no_rows') }),
		meta: ctx.meta,
		rows,
		columns: columns as Column<HBar>[],
		labels: { showData: t('show_data'), hint: t('drill_hint') },
		exporting: figureExport(t, ctx.meta, ctx.href)
	};
}
