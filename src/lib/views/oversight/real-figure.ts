/** What every figure of the real picture takes beside its data. */
import type { Locale } from '../../i18n/define-messages.ts';
import type { Translate } from '../../i18n/locale.svelte.ts';
import { figureExport } from '../explore/export-labels.ts';

export type RealFigureProps = {
	/** The countries in view, in order (the filter's, or the five). */
	countries: string[];
	locale: Locale;
	t: Translate;
	countryName: (iso3: string) => string;
	/** The page's address, written in exported figures. */
	href: string;
};

/**
 * The frame props every real figure shares (its marks are controls): caption line, "show the
 * data" label, the readout (the pointed mark's name, else the hint) and the export controls.
 */
export const realFrame = (t: Translate, meta: string, href: string, pointed: string | null) => ({
	meta,
	showDataLabel: t('show_data'),
	interactive: true,
	readout: { text: pointed, hint: t('oversight_real_hint') },
	exporting: figureExport(t, meta, href)
});
