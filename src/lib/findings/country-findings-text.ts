/**
 * How a country finding's own params read in a sentence (`finding-text.ts` calls this for
 * the profile's findings only): signed real growth, shares of GDP with two
 * decimals, amounts in their currency, Open Budget Survey scores out of 100, an ISO date in
 * words, budget scopes and stages and GDI bands in words, the event's title in the language.
 */
import {
	formatDate,
	formatGrowth,
	formatMoney,
	formatNumber,
	formatPercent
} from '../format/number.ts';
import type { Locale, Params } from '../i18n/define-messages.ts';
import { hasMessage, translate } from '../i18n/messages.ts';
import type { FindingParams } from './finding.ts';

const word = (key: string, locale: Locale, fallback: string) =>
	hasMessage(key) ? translate(locale, key) : fallback;

export function countryFindingParams(p: FindingParams, locale: Locale): Params {
	const out: Params = {};
	const num = (name: string) => (typeof p[name] === 'number' ? (p[name] as number) : undefined);
	const growth = num('growth');
	if (growth !== undefined) out.growth = formatGrowth(growth, locale);
	const gdp = num('gdp');
	if (gdp !== undefined) out.gdp = formatPercent(gdp, locale, 2);
	const currency = typeof p.currency === 'string' ? p.currency : undefined;
	for (const name of ['amount', 'sipri']) {
		const v = num(name);
		if (v !== undefined && currency) out[name] = formatMoney(v, currency, locale);
	}
	for (const name of ['transparency', 'oversight', 'participation']) {
		const v = num(name);
		if (v !== undefined) out[name] = formatNumber(v, locale, 0);
	}
	if (typeof p.date === 'string') out.date = formatDate(p.date, locale, 'long');
	if (typeof p.scope === 'string') out.scope = word(`country_scope_${p.scope}`, locale, p.scope);
	if (typeof p.stage === 'string') out.stage = word(`country_stage_${p.stage}`, locale, p.stage);
	if (typeof p.gdiBand === 'string')
		out.gdiRisk = word(`country_gdi_band_${p.gdiBand}`, locale, p.gdiBand);
	const title = p[`title_${locale}`];
	if (typeof title === 'string') out.title = title;
	return out;
}
