/**
 * The bars of the three share charts, from indicator results: short text over each bar, the
 * full accessible sentence (exact value, band or amounts, bodies), and the drill value that
 * opens its rows. Pure, for testing; numbers formatted per locale.
 */
import { formatMoney, formatPercent } from '../../format/number.ts';
import type { Locale, Params } from '../../i18n/define-messages.ts';
import { hasMessage, translate, type MessageKey } from '../../i18n/messages.ts';
import type { IndicatorResult } from '../../indicators/define-indicator.ts';
import type { AuditAmount } from '../../oversight/oversight-tables.ts';
import { drillValue } from '../../explore/drill-codec.ts';
import { toDrill, type DrillKind } from '../../oversight/oversight-drill.ts';
import { codeLabel } from '../indicators/format-result.ts';
import type { ShareBar } from './share-bar.ts';

type T = (key: MessageKey, params?: Params) => string;

/** One letter per auditing body, explained under the chart. */
export const BODY_LETTERS: Record<string, string> = {
	court_of_auditors: 'C',
	inspectorate: 'I',
	parliament: 'P',
	ombudsman: 'O',
	government: 'G',
	other: '+'
};

export const countryLabel = (iso3: string, locale: Locale) =>
	hasMessage(`country_${iso3}`) ? translate(locale, `country_${iso3}` as MessageKey) : iso3;

export const bodyLabel = (body: string, locale: Locale) =>
	hasMessage(`oversight_body_${body}`)
		? translate(locale, `oversight_body_${body}` as MessageKey)
		: body;

function bar(r: IndicatorResult, kind: DrillKind, locale: Locale, t: T, detail: string): ShareBar {
	const text = r.value === null ? t('oversight_not_computable') : formatPercent(r.value, locale, 1);
	const place = `${countryLabel(r.country, locale)} ${r.year}`;
	return {
		country: r.country,
		year: r.year,
		value: r.value,
		text: r.value === null ? t('oversight_na_short') : text,
		label: `${place}${t('colon')}${text}${detail ? ` — ${detail}` : ''}`,
		drill: drillValue(toDrill({ kind, country: r.country, year: r.year }))
	};
}

export function classifiedBars(results: IndicatorResult[], locale: Locale, t: T): ShareBar[] {
	return results.map((r) =>
		bar(
			r,
			'classified',
			locale,
			t,
			r.score ? t('oversight_band', { band: codeLabel('score', r.score, locale) }) : ''
		)
	);
}

export function derogationBars(results: IndicatorResult[], locale: Locale, t: T): ShareBar[] {
	return results.map((r) =>
		bar(r, 'derogation', locale, t, r.coverage ? t('oversight_derogation_detail', r.coverage) : '')
	);
}

/** What an audited year's bar says: amounts covered against executed, and who audited. */
export function auditDetail(a: AuditAmount | undefined, locale: Locale, t: T): string {
	if (!a || a.audits === 0) return t('oversight_audit_none');
	const money = (v: number | null) =>
		v === null ? '—' : formatMoney(v, a.currency.split(',')[0]!, locale);
	const bodies = a.bodies.map((b) => bodyLabel(b, locale)).join(', ');
	if (a.covered === null) return `${t('oversight_audit_no_amount')} — ${bodies}`;
	return t('oversight_audit_detail', {
		covered: money(a.covered),
		executed: money(a.executed),
		bodies
	});
}

export function auditBars(
	results: IndicatorResult[],
	amounts: AuditAmount[],
	locale: Locale,
	t: T
): ShareBar[] {
	const byKey = new Map(amounts.map((a) => [`${a.country}|${a.year}`, a]));
	return results.map((r) => {
		const a = byKey.get(`${r.country}|${r.year}`);
		const note = a?.bodies.map((b) => BODY_LETTERS[b] ?? '+').join('·');
		return { ...bar(r, 'audit', locale, t, auditDetail(a, locale, t)), note: note || undefined };
	});
}
