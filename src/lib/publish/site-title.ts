/**
 * The site's name in page titles. Pages write « … — Vigie »; a publisher who set a title
 * (`vigie publish --title`) gets « … — <title> » instead: in the prerendered HTML (the server
 * hook rewrites `<title>`) and after each client-side navigation (the layout rewrites
 * `document.title`), so one rule serves every page without each page knowing of publications.
 */
const SUFFIX = ' — Vigie';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `document.title` with the site's name. */
export function retitle(title: string, siteTitle: string | undefined): string {
	return siteTitle && title.endsWith(SUFFIX)
		? `${title.slice(0, -SUFFIX.length)} — ${siteTitle}`
		: title;
}

/** An HTML page with the site's name in its `<title>`. */
export function retitleHtml(html: string, siteTitle: string | undefined): string {
	return siteTitle
		? html.replace(`${SUFFIX}</title>`, ` — ${escapeHtml(siteTitle)}</title>`)
		: html;
}
