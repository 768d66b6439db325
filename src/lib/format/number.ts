/**
 * Locale-aware number formatting: `1 234,5 M$ US`, `45,6 Mds FCFA`, `1,4 %` in French;
 * `US$1,234.5m`, `CFAF 45.6bn`, `1.4%` in English. Formatters are memoised because Intl
 * constructors are slow and charts format hundreds of ticks (as Observable Plot does).
 */
import type { Locale } from '../i18n/define-messages.ts';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
	const key = `${locale}:${digits}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		cache.set(key, format);
	}
	return format;
}

/** Plain number with a fixed number of decimals. */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
	return numberFormat(locale, digits).format(value);
}

/** A fraction as a percentage: 0.0138 → `1,4 %` (fr) / `1.4%` (en). */
export function formatPercent(fraction: number, locale: Locale, digits = 1): string {
	const n = formatNumber(fraction * 100, locale, digits);
	return locale === 'fr' ? `${n}\u202f%` : `${n}%`;
}

/** A growth fraction with its sign: 0.5 → `+50,0 %`. */
export function formatGrowth(fraction: number, locale: Locale, digits = 1): string {
	const sign = fraction > 0 ? '+' : fraction < 0 ? '−' : '';
	return sign + formatPercent(Math.abs(fraction), locale, digits);
}

export type Scale = 1 | 1e3 | 1e6 | 1e9;

/**
 * The scale (units, thousands, millions, billions) for a largest value `max`: the largest that
 * still leaves at least two integer digits, so 1 234,5 M$ US stays in millions (as SIPRI
 * publishes it) while 45 600 M FCFA becomes 45,6 Mds FCFA.
 */
export function pickScale(max: number): Scale {
	const a = Math.abs(max);
	return a >= 1e10 ? 1e9 : a >= 1e7 ? 1e6 : a >= 1e4 ? 1e3 : 1;
}

const SCALE_WORDS: Record<Locale, Record<Scale, string>> = {
	fr: { 1: '', 1e3: 'k', 1e6: 'M', 1e9: 'Mds' },
	en: { 1: '', 1e3: 'k', 1e6: 'm', 1e9: 'bn' }
};

/** How each currency is written: the French use `FCFA` for both CFA francs (XOF, XAF). */
const CURRENCY_WORDS: Record<Locale, Record<string, string>> = {
	fr: { USD: '$ US', XOF: 'FCFA', XAF: 'FCFA', MRU: 'MRU', MRO: 'MRO' },
	en: { USD: 'US$', XOF: 'CFAF', XAF: 'CFAF', MRU: 'MRU', MRO: 'MRO' }
};

/** French writes billions of dollars `Md$ US` but billions of CFA francs `Mds FCFA`. */
function scaleWord(currency: string, locale: Locale, scale: Scale): string {
	if (locale === 'fr' && currency === 'USD' && scale === 1e9) return 'Md';
	return SCALE_WORDS[locale][scale];
}

export function currencyWord(currency: string, locale: Locale): string {
	return CURRENCY_WORDS[locale][currency] ?? currency;
}

/**
 * An amount in currency units, shown at `scale` (chosen from the value itself when omitted):
 * formatMoney(1_234_500_000, 'USD', 'fr', 1e6) → `1 234,5 M$ US`;
 * formatMoney(45_600_000_000, 'XOF', 'fr') → `45,6 Mds FCFA`.
 */
export function formatMoney(
	value: number,
	currency: string,
	locale: Locale,
	scale: Scale = pickScale(value),
	digits = 1
): string {
	const n = formatNumber(value / scale, locale, digits);
	const word = scaleWord(currency, locale, scale);
	const cur = currencyWord(currency, locale);
	if (locale === 'fr') {
		// French puts the scale word before "$ US" glued to it (`M$ US`) but spaced before FCFA.
		if (currency === 'USD') return `${n}\u00a0${word}${cur}`;
		return `${n}\u00a0${word ? word + '\u00a0' : ''}${cur}`;
	}
	if (currency === 'USD') return `${cur}${n}${word}`;
	return `${cur}\u00a0${n}${word}`;
}

/** The unit label of an axis or table column at a given scale: `M$ US`, `Mds FCFA`, `US$m`. */
export function moneyUnitLabel(currency: string, locale: Locale, scale: Scale): string {
	const word = scaleWord(currency, locale, scale);
	const cur = currencyWord(currency, locale);
	if (locale === 'fr')
		return currency === 'USD' ? `${word}${cur}` : `${word ? word + ' ' : ''}${cur}`;
	return currency === 'USD' ? `${cur}${word}` : `${cur} ${word}`.trim();
}

const dateCache = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date (`2024-02-23`) in words: `23 févr. 2024` / `23 Feb 2024` (`short`), or
 * `23 février 2024` / `23 February 2024` (`long`). Read and written in UTC, so the day never
 * shifts with the reader's time zone.
 */
export function formatDate(iso: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
	const key = `${locale}:${style}`;
	let format = dateCache.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
			day: 'numeric',
			month: style,
			year: 'numeric',
			timeZone: 'UTC'
		});
		dateCache.set(key, format);
	}
	return format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
