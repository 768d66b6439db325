/**
 * The national budget figures of a country as its profile's table shows them: period, stage,
 * scope, the figure formatted (and as the source wrote it), SIPRI's local-currency figure for the
 * same year where the two can be set side by side, and the source. Pure, for tests.
 */
import type { ChartDot } from '../../charts/dots.ts';
import type { Column } from '../../charts/table.ts';
import { formatMoney, formatNumber } from '../../format/number.ts';
import type { BudgetFigure } from '../../governance/budgets-events.ts';
import type { Locale, MessageKey, Params } from '../../i18n/index.ts';

type T = (key: MessageKey, params?: Params) => string;

/** What the national budgets section and its chart show of one country. */
export type CountryBudgets = {
	budgets: BudgetFigure[];
	/** SIPRI's current local-currency series of the country: year → value. */
	sipriLocal: Record<number, number>;
	/** The country's currency in SIPRI's local-currency series, and SIPRI's last year. */
	currency: string;
	lastYear: number;
	/** SIPRI's citation and release, for the column and the line they fill. */
	citation: string;
	release: string;
};

/** Decimals as published: 20.27 → 2, 25 → 0. */
const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

/** The figure in the reader's language: an amount in its currency, or a share of the budget. */
export function budgetFigure(b: BudgetFigure, locale: Locale, t: T): string {
	if (b.measure === 'share_of_state_budget') {
		const n = formatNumber(b.value, locale, decimals(b.value));
		return t('country_budgets_share', { value: locale === 'fr' ? `${n}\u202f%` : `${n}%` });
	}
	return formatMoney(b.value, b.unit, locale);
}

/** SIPRI's figure beside a single-year amount in local currency; null when they cannot compare. */
export function sipriBeside(b: BudgetFigure, sipriLocal: Record<number, number>): number | null {
	// the whole state budget is the denominator of a share, not a figure to set beside SIPRI's
	const comparable = b.measure === 'amount' && b.unit !== 'USD' && b.scope !== 'state_budget';
	if (!comparable || b.year_end !== null) return null;
	return sipriLocal[b.year] ?? null;
}

export function budgetColumns(
	sipriLocal: Record<number, number>,
	locale: Locale,
	t: T
): Column<BudgetFigure>[] {
	return [
		{
			key: 'year',
			label: t('country_budgets_col_year'),
			text: (b) => (b.year_end ? `${b.year}–${b.year_end}` : String(b.year))
		},
		{
			key: 'stage',
			label: t('country_budgets_col_stage'),
			text: (b) => t(`country_stage_${b.stage}`)
		},
		{
			key: 'scope',
			label: t('country_budgets_col_scope'),
			text: (b) => t(`country_scope_label_${b.scope}`)
		},
		{
			key: 'value',
			label: t('country_budgets_col_value'),
			numeric: true,
			text: (b) => budgetFigure(b, locale, t),
			value: (b) => b.value
		},
		{
			key: 'sipri',
			label: t('country_budgets_col_sipri'),
			numeric: true,
			text: (b) => {
				const v = sipriBeside(b, sipriLocal);
				return v === null ? '—' : formatMoney(v, b.unit, locale);
			},
			value: (b) => sipriBeside(b, sipriLocal)
		},
		{
			key: 'source',
			label: t('country_budgets_col_source'),
			text: (b) => b.publisher,
			value: (b) => b.source_url
		}
	];
}

/** Colours of the scopes drawn beside SIPRI's line (Okabe–Ito, apart from the SIPRI line's grey). */
const SCOPE_COLOURS: Partial<Record<BudgetFigure['scope'], string>> = {
	defence_security: '#D55E00',
	defence: '#0072B2',
	defence_ministry: '#56B4E9',
	security: '#009E73',
	security_ministry: '#7fc8a9',
	intelligence: '#CC79A7'
};

/**
 * The figures that can sit on SIPRI's local-currency chart: single-year amounts in the country's
 * own currency, for a defence or security scope (not the whole state budget, not a five-year
 * programming law, not US$ amounts), as diamonds coloured by scope.
 */
export function budgetDots(
	budgets: readonly BudgetFigure[],
	currency: string,
	locale: Locale,
	t: T
): ChartDot[] {
	return budgets.flatMap((b, i) => {
		const colour = SCOPE_COLOURS[b.scope];
		if (b.measure !== 'amount' || b.unit !== currency || b.year_end !== null || !colour) return [];
		return [
			{
				key: `${b.year}-${b.scope}-${i}`,
				x: b.year,
				y: b.value,
				group: t(`country_scope_label_${b.scope}`),
				colour,
				text: formatMoney(b.value, b.unit, locale),
				detail: `${t(`country_stage_${b.stage}`)}, « ${b.as_published} »`,
				source: `${b.publisher} — ${b.source_title}`,
				url: b.source_url
			}
		];
	});
}
