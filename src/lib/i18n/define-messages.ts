/**
 * Vigie's i18n layer: French is the base locale, English must have exactly the same keys
 * (a missing or extra key is a type error). Messages are plain templates with `{name}`
 * placeholders; numbers and dates are formatted by `src/lib/format`, never inside messages.
 * Each area of the app owns one file in `areas/` so features do not edit a shared file.
 */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'fr';

export type Messages<K extends string> = { fr: Record<K, string>; en: Record<K, string> };

export function defineMessages<const F extends Record<string, string>>(
	fr: F,
	en: { [K in keyof F]: string }
): Messages<Extract<keyof F, string>> {
	return { fr, en } as Messages<Extract<keyof F, string>>;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function fill(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
