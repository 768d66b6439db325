/**
 * Number formats of the procurement view for one locale and amount basis, so every section
 * writes amounts, shares and counts alike.
 */
import type { Locale } from '$lib/i18n/define-messages.ts';
import { formatGrowth, formatMoney, formatNumber, formatPercent } from '$lib/format/number.ts';

export type ProcFormats = {
	percent: (v: number) => string;
	growth: (v: number) => string;
	count: (v: number) => string;
	money: (v: number) => string;
	/** The currency code amounts are in (USD, XOF, MRU…). */
	currency: string;
};

export function procFormats(locale: Locale, currency: string): ProcFormats {
	return {
		percent: (v) => formatPercent(v, locale, v > 0 && v < 0.1 ? 1 : 0),
		growth: (v) => formatGrowth(v, locale, 1),
		count: (v) => formatNumber(v, locale, 0),
		money: (v) => formatMoney(v, currency, locale),
		currency
	};
}

/** Herfindahl-Hirschman bands of the US merger guidelines (2010), used by most red-flag guides. */
export function hhiBand(hhi: number): 'proc_hhi_low' | 'proc_hhi_moderate' | 'proc_hhi_high' {
	return hhi < 1500 ? 'proc_hhi_low' : hhi <= 2500 ? 'proc_hhi_moderate' : 'proc_hhi_high';
}
