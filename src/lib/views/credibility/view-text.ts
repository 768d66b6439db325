/**
 * The words around the credibility charts, built from the translator: names of countries,
 * items, scopes, stages and PEFA series, amounts and their units, and the provenance lines of
 * each figure (datasets, formula, source, conversion) with the export block, so every caption
 * and export says where its numbers come from and how they were computed. Pure.
 */
import type { ExportLabels } from '../../charts/frame.ts';
import type { ExploreFilters } from '../../explore/filters.ts';
import {
	currencyWord,
	formatMoney,
	formatNumber,
	moneyUnitLabel,
	pickScale
} from '../../format/number.ts';
import type { Locale, Params } from '../../i18n/define-messages.ts';
import { hasMessage, type MessageKey } from '../../i18n/messages.ts';
import { PEFA_PI1_BANDS, PEFA_PI2_BANDS } from '../../indicators/score-bands.ts';
import { bandText } from '../methodology/band-text.ts';

export type T = (key: MessageKey, params?: Params) => string;

export function viewText(t: T, locale: Locale) {
	const known = (key: string, fallback: string) => (hasMessage(key) ? t(key) : fallback);
	const country = (iso3: string) => known(`country_${iso3}`, iso3);
	const bands = (list: typeof PEFA_PI1_BANDS) =>
		list
			.map((b) => bandText(b, 'ratio', locale, ` ${locale === 'fr' ? 'et' : 'and'} `, t('colon')))
			.join(' ; ');
	const exportLabels: ExportLabels = {
		group: t('export_group'),
		svg: t('export_svg'),
		png: t('export_png'),
		csv: t('export_csv'),
		csvSemicolon: t('export_csv_semicolon')
	};
	return {
		locale,
		country,
		/** Country and currency: two currencies never share a panel. */
		group: (iso3: string, currency: string) =>
			`${country(iso3)} · ${currencyWord(currency, locale)}`,
		category: (code: string) => known(`category_${code}`, code),
		scope: (code: string) => known(`cred_scope_${code}`, code),
		lawStage: (code: string) => known(`cred_law_stage_${code}`, code),
		pefaSeries: (id: string, measure: string | undefined) =>
			t(
				id.includes('pi1')
					? 'cred_pi1'
					: measure === 'institution'
						? 'cred_pi2_institution'
						: 'cred_pi2_category'
			),
		pefaNotes: () => [
			t('cred_pefa_bands_pi1', { bands: bands(PEFA_PI1_BANDS) }),
			t('cred_pefa_bands_pi2', { bands: bands(PEFA_PI2_BANDS) }),
			t('cred_pefa_no_letter')
		],
		stageLabels: {
			approved: t('cred_stage_approved'),
			revised: t('cred_stage_revised'),
			executed: t('cred_stage_executed')
		},
		money: (v: number | null | undefined, currency: string) =>
			v === null || v === undefined ? '—' : formatMoney(v, currency, locale),
		/** The unit of an axis whose largest tick is `max` (`Mds FCFA`). */
		unit: (currency: string, max: number) => moneyUnitLabel(currency, locale, pickScale(max)),
		/** A tick of that axis, in that unit. */
		tick: (v: number, max: number) => formatNumber(v / pickScale(max), locale, 0),
		/** The export block of a figure: its provenance lines (the export menu adds the link that
		 * reopens the view and the export date). */
		exporting: (lines: string[]) => ({ lines, labels: exportLabels }),
		/** Provenance of a budget figure: datasets, formula, and the conversion when in dollars. */
		budgetMeta: (datasets: string, formula: MessageKey, filters: ExploreFilters) => [
			t('source_datasets', { names: datasets || '—' }),
			t(formula),
			...(filters.basis === 'usd' ? [t('cred_source_sipri_factor')] : [])
		],
		boostMeta: (filters: ExploreFilters) => [
			t('cred_source_boost'),
			t('cred_formula_boost'),
			...(filters.basis === 'usd' ? [t('cred_source_sipri_factor')] : [])
		]
	};
}

export type ViewText = ReturnType<typeof viewText>;
