/**
 * The words around the credibility charts, built from the translator: labels of countries,
 * items and PEFA series, and the provenance lines of each figure (datasets, formula, source,
 * conversion), so every caption says where its numbers come from and how they were computed.
 */
import type { Translate } from '../../i18n/locale.svelte.ts';
import { hasMessage, type MessageKey } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/define-messages.ts';
import type { ExploreFilters } from '../../explore/filters.ts';
import { currencyWord } from '../../format/number.ts';
import { bandText } from '../methodology/band-text.ts';
import { PEFA_PI1_BANDS, PEFA_PI2_BANDS } from '../../indicators/score-bands.ts';

export function viewText(t: Translate, locale: Locale) {
	const known = (key: string, fallback: string) => (hasMessage(key) ? t(key) : fallback);
	const country = (iso3: string) => known(`country_${iso3}`, iso3);
	const bands = (list: typeof PEFA_PI1_BANDS) =>
		list
			.map((b) => bandText(b, 'ratio', locale, ` ${locale === 'fr' ? 'et' : 'and'} `, t('colon')))
			.join(' ; ');
	return {
		country,
		/** Country and, unless dollars, the currency: two currencies never share a panel. */
		group: (iso3: string, currency: string) =>
			`${country(iso3)} · ${currencyWord(currency, locale)}`,
		category: (code: string) => known(`category_${code}`, code),
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
		exportLabels: {
			group: t('export_group'),
			svg: t('export_svg'),
			png: t('export_png'),
			csv: t('export_csv'),
			csvSemicolon: t('export_csv_semicolon')
		},
		/** Provenance of a budget figure: datasets, formula, and the conversion when in dollars. */
		budgetMeta: (datasets: string[], formula: MessageKey, filters: ExploreFilters) => [
			t('source_datasets', { names: datasets.join(', ') || '—' }),
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
