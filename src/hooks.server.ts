import type { Handle } from '@sveltejs/kit';
import { sitePublication } from '$lib/publish/site-publication.ts';
import { retitleHtml } from '$lib/publish/site-title.ts';

/**
 * Sets `<html lang>` from the URL so screen readers pronounce each page in its language, and on
 * a published Vigie puts the publisher's site title in `<title>` (`publish/site-title.ts`).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'fr';
	const title = sitePublication?.title;
	return resolve(event, {
		transformPageChunk: ({ html }) => retitleHtml(html.replace('%lang%', lang), title)
	});
};
