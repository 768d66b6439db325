/**
 * Turns SIPRI rows into what the line chart draws: one series per country, in one unit, with the
 * formatters for that unit. Pure, so the chart's numbers can be tested without a browser.
 */
import { countryColour } from '../../charts/palette.ts';
import type { Point } from '../../charts/scales.ts';
import {
	formatMoney,
	formatNumber,
	formatPercent,
	moneyUnitLabel,
	pickScale,
	type Scale
} from '../../format/number.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import type { Measure } from '../../trends/measures.ts';
import type { SeriesPoint } from '../../trends/series.ts';

export type ChartSeries = {
	key: string;
	label: string;
	colour: string;
	textColour: string;
	points: Point[];
};

export type UnitFormat = {
	unitLabel: string;
	/** Value in the series' own unit (as stored) → text. */
	formatValue: (v: number) => string;
	/** Axis ticks: numbers only, in the unit of `unitLabel`. */
	formatTick: (v: number) => string;
};

export function buildSeries(
	points: SeriesPoint[],
	countries: readonly string[],
	label: (iso3: string) => string
): ChartSeries[] {
	return countries.map((iso3) => {
		const { line, text } = countryColour(iso3);
		return {
			key: iso3,
			label: label(iso3),
			colour: line,
			textColour: text,
			points: points.filter((p) => p.country === iso3).map((p) => ({ x: p.year, y: p.value }))
		};
	});
}

/**
 * Formatters for a measure. Money series are stored in `measure.sourceScale` units (SIPRI's
 * US$ m); the axis uses one scale chosen from the largest value so every tick reads alike.
 */
export function unitFormat(
	measure: Measure,
	currency: string,
	values: (number | null)[],
	locale: Locale,
	percentWord: string
): UnitFormat {
	if (measure.kind === 'fraction')
		return {
			unitLabel: percentWord.trim(),
			formatValue: (v) => formatPercent(v, locale, 2),
			formatTick: (v) => formatNumber(v * 100, locale, 1)
		};
	const max = Math.max(0, ...values.filter((v): v is number => v !== null));
	const scale: Scale = pickScale(max * measure.sourceScale);
	// Ticks carry numbers only (the unit is written once on the axis); one decimal when the
	// axis tops out below 10 units, so 0.5 and 1.5 do not both round to the same label.
	const tickDigits = (max * measure.sourceScale) / scale < 10 ? 1 : 0;
	return {
		unitLabel: moneyUnitLabel(currency, locale, scale),
		formatValue: (v) => formatMoney(v * measure.sourceScale, currency, locale, scale),
		formatTick: (v) => formatNumber((v * measure.sourceScale) / scale, locale, tickDigits)
	};
}
