/**
 * How an indicator value reads on screen, by unit: fractions as percentages, days, counts,
 * Herfindahl index with three decimals. Labels for codes (measures, scores…) come from the
 * indicators i18n area when they exist; user-supplied names (institutions, buyers) are shown as is.
 */
import { formatMoney, formatNumber, formatPercent } from '../../format/number.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import { hasMessage, translate } from '../../i18n/messages.ts';
import type { IndicatorResult, IndicatorUnit } from '../../indicators/define-indicator.ts';
import { indicatorLabelKey, type LabelKind } from '../../indicators/indicator-labels.ts';

export function formatIndicatorValue(
	value: number | null,
	unit: IndicatorUnit,
	locale: Locale
): string {
	if (value === null) return '—';
	switch (unit) {
		case 'ratio':
		case 'share':
		case 'growth':
			return formatPercent(value, locale, 1);
		case 'days':
			return `${formatNumber(value, locale, 0)}\u00a0${locale === 'fr' ? 'j' : 'd'}`;
		case 'hhi':
			return formatNumber(value, locale, 3);
		case 'usd':
			return formatMoney(value, 'USD', locale);
		case 'boolean':
			return value ? (locale === 'fr' ? 'oui' : 'yes') : locale === 'fr' ? 'non' : 'no';
		default:
			return formatNumber(value, locale, 0);
	}
}

/** The translated label of a code, or the code itself when Vigie has no label for it. */
export function codeLabel(kind: LabelKind, code: string, locale: Locale): string {
	const key = indicatorLabelKey(kind, code);
	return hasMessage(key) ? translate(locale, key) : code;
}

/** Groups results by indicator id, keeping registry order. */
export function groupById(results: IndicatorResult[]): Map<string, IndicatorResult[]> {
	const groups = new Map<string, IndicatorResult[]>();
	for (const r of results) groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
	return groups;
}
