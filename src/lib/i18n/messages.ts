/**
 * All messages, merged from the area files. To add an area: create `areas/<area>.ts` with
 * `defineMessages(fr, en)` and add one line below.
 */
import common from './areas/common.ts';
import indicators from './areas/indicators.ts';
import methodology from './areas/methodology.ts';
import importPage from './areas/import-page.ts';
import indicatorsPage from './areas/indicators-page.ts';
import country from './areas/country.ts';
import explore from './areas/explore.ts';
import procurement from './areas/procurement.ts';
import credibility from './areas/credibility.ts';
import oversight from './areas/oversight.ts';
import map from './areas/map.ts';
import importArea from './areas/import.ts';
import trends from './areas/trends.ts';
import publish from './areas/publish.ts';
import indicatorSet from './areas/indicator-set.ts';
import remote from './areas/remote.ts';
import recovery from './areas/recovery.ts';
import findings from './areas/findings.ts';
import flags from './areas/flags.ts';
import publication from './areas/publication.ts';
import type { Locale, Params } from './define-messages.ts';
import { fill } from './define-messages.ts';

const areas = [
	common,
	trends,
	importArea,
	indicators,
	methodology,
	importPage,
	indicatorsPage,
	country,
	explore,
	procurement,
	credibility,
	oversight,
	map,
	publish,
	indicatorSet,
	remote,
	recovery,
	findings,
	flags,
	publication
] as const;

/** Every area, for the consistency test. */
export const AREAS: readonly { fr: Record<string, string>; en: Record<string, string> }[] = areas;

type AreaKeys<A> = A extends { fr: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

const catalogue = {
	fr: Object.assign({}, ...areas.map((a) => a.fr)) as Record<MessageKey, string>,
	en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>
};

/** Translates `key` into `locale`, filling `{placeholders}` from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	return fill(catalogue[locale][key], params);
}

/** Whether `key` exists (for keys built at run time, such as `country_${iso3}`). */
export function hasMessage(key: string): key is MessageKey {
	return key in catalogue.fr;
}
