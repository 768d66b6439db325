import type { Handle } from '@sveltejs/kit';

/** Sets `<html lang>` from the URL so screen readers pronounce each page in its language. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'fr';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
