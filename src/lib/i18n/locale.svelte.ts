/** The page's locale, from the optional `[[lang]]` route segment (French when absent). */
import { page } from '$app/state';
import { base } from '$app/paths';
import type { Locale } from './define-messages.ts';
import { translate, type MessageKey } from './messages.ts';
import type { Params } from './define-messages.ts';

export function currentLocale(): Locale {
	return page.params.lang === 'en' ? 'en' : 'fr';
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator bound to the current page's locale. */
export function translator(): Translate {
	const locale = currentLocale();
	return (key, params) => translate(locale, key, params);
}

/** The URL of `path` (e.g. `/import/`) in `locale`, under the site's base path. */
export function localizedHref(path: string, locale: Locale): string {
	return `${base}${locale === 'en' ? '/en' : ''}${path}`;
}

/** The current page's path with its locale prefix removed, to switch language in place. */
export function pathWithoutLocale(): string {
	const path = page.url.pathname.slice(base.length);
	return path.replace(/^\/en(\/|$)/, '/');
}
