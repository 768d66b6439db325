/**
 * A finding in words: its type's template (`findings_<type>`, src/lib/i18n/areas/findings.ts)
 * filled with its numbers formatted for the locale (`format/number.ts`), its places named, and
 * — when it was computed on demonstration data — the words saying so inside the sentence.
 */
import { formatMoney, formatNumber, formatPercent } from '../format/number.ts';
import type { Locale, Params } from '../i18n/define-messages.ts';
import { hasMessage, translate, type MessageKey } from '../i18n/messages.ts';
import { getIndicator } from '../indicators/index.ts';
import { indicatorLabelKey } from '../indicators/indicator-labels.ts';
import { lagMonths } from '../oversight/publication-grid.ts';
import type { Finding, FindingParams } from './finding.ts';
import { countryFindingParams } from './country-findings-text.ts';

/** Params that are fractions, written as percentages (thresholds without decimals). */
const PERCENT = new Set(['value', 'min', 'max']);
/** Params that are amounts in the finding's `currency` param. */
const MONEY = new Set(['amount', 'sipri']);

const label = (key: string, locale: Locale, fallback: string) =>
	hasMessage(key) ? translate(locale, key) : fallback;

export const countryName = (iso3: string, locale: Locale) => label(`country_${iso3}`, locale, iso3);

/** « au Mali », « en Mauritanie »; a country Vigie has no preposition for: « pour SEN ». */
export function inPlace(iso3: string, locale: Locale): string {
	const key = `findings_in_${iso3}`;
	return hasMessage(key)
		? translate(locale, key)
		: translate(locale, 'findings_in_other', { country: countryName(iso3, locale) });
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Every param formatted for the sentence, plus the derived place and demo words. */
export function sentenceParams(f: Finding, locale: Locale): Params {
	const p: FindingParams = f.params;
	const out: Params = {};
	for (const [name, v] of Object.entries(p)) {
		if (typeof v === 'number' && PERCENT.has(name)) out[name] = formatPercent(v, locale, 1);
		else if (typeof v === 'number' && name === 'threshold') out[name] = formatPercent(v, locale, 0);
		else if (typeof v === 'number' && MONEY.has(name))
			out[name] = formatMoney(v, String(p.currency ?? ''), locale);
		else if (typeof v === 'number' && name === 'ratio') out[name] = formatNumber(v, locale, 1);
		else out[name] = v;
	}
	if (f.view === 'country') Object.assign(out, countryFindingParams(p, locale));
	if (typeof p.country === 'string' && p.country) {
		out.in_place = inPlace(p.country, locale);
		out.In_place = capitalise(out.in_place);
		out.country = countryName(p.country, locale);
	}
	if (typeof p.maxCountry === 'string') out.maxCountry = countryName(p.maxCountry, locale);
	if (typeof p.days === 'number')
		out.months = translate(locale, 'oversight_months', {
			n: formatNumber(lagMonths(p.days), locale, 1)
		});
	if (typeof p.document === 'string')
		out.document = label(indicatorLabelKey('document', p.document), locale, p.document);
	if (typeof p.band === 'string')
		out.band = label(indicatorLabelKey('score', p.band), locale, p.band);
	out.demo = f.isDemo ? translate(locale, 'findings_demo') : '';
	return out;
}

export function findingSentence(f: Finding, locale: Locale): string {
	const key = `findings_${f.type}`;
	if (!hasMessage(key)) throw new Error(`No sentence for finding type ${f.type}`);
	return translate(locale, key as MessageKey, sentenceParams(f, locale));
}

/** What the finding is computed from: the indicators' names and their framework, and the
 * publishers of the published figures it quotes. */
export function findingSource(f: Finding, locale: Locale): string {
	const names = f.source.indicators.map((id) => {
		const name = label(indicatorLabelKey('name', id), locale, id);
		const edition = getIndicator(id)?.source.edition;
		return edition ? `${name} — ${edition}` : name;
	});
	const cited = [...new Set((f.source.cited ?? []).map((c) => `${c.publisher}, ${c.title}`))];
	return [...names, ...cited].join(' · ');
}
