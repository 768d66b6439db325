/**
 * A score band in words, for the methodology page: `{ score: 'A', atLeast: 0.95, atMost: 1.05 }`
 * → `A : ≥ 95,0 % et ≤ 105,0 %`. Shares and ratios are fractions, shown as percentages.
 */
import { formatNumber, formatPercent } from '../../format/number.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import type { Band } from '../../indicators/score-bands.ts';

const PERCENT_UNITS = new Set(['ratio', 'share', 'growth']);

export function bandText(
	band: Band,
	unit: string,
	locale: Locale,
	and: string,
	colon: string
): string {
	const show = (v: number) =>
		PERCENT_UNITS.has(unit)
			? formatPercent(v, locale, 1)
			: formatNumber(v, locale, unit === 'hhi' ? 2 : 0);
	const parts: string[] = [];
	if (band.atLeast !== undefined) parts.push(`≥ ${show(band.atLeast)}`);
	if (band.above !== undefined) parts.push(`> ${show(band.above)}`);
	if (band.atMost !== undefined) parts.push(`≤ ${show(band.atMost)}`);
	if (band.below !== undefined) parts.push(`< ${show(band.below)}`);
	return parts.length ? `${band.score}${colon}${parts.join(and)}` : band.score;
}
