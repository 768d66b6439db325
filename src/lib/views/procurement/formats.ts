/**
 * Number formats of the procurement view for one locale and amount basis, so every section
 * writes amounts, shares and counts alike.
 */
import type { Locale } from '../../i18n/define-messages.ts';
import { formatGrowth, formatMoney, formatNumber, formatPercent } from '../../format/number.ts';
import { AMENDMENT_FLAG } from '../../procurement/build-procurement.ts';
import { possibleSplitting } from '../../indicators/possible-splitting/indicator.ts';
import { shortTenderPeriod } from '../../indicators/short-tender-period/indicator.ts';

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

/** The red flags' rules in words: the indicators' own default parameters, formatted. */
export function flagRules(f: ProcFormats): Record<string, string | number> {
	return {
		days: Number(shortTenderPeriod.params?.[0]?.default ?? 15),
		window: Number(possibleSplitting.params?.[0]?.default ?? 30),
		threshold: f.count(Number(possibleSplitting.params?.[1]?.default ?? 0)),
		cap: f.percent(AMENDMENT_FLAG)
	};
}
