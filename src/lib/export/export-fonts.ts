/**
 * The chart font (« Vigie Sans », static/fonts/, see scripts/build-fonts.ts) as an embeddable
 * `@font-face` rule with the WOFF2 files inlined, so an exported SVG (and the PNG drawn from it)
 * renders with the same letters in any viewer, offline. Loaded once, early (when the first export
 * menu mounts), so that building an export stays synchronous.
 */
import { base } from '$app/paths';

const FILES = [
	{ weight: 400, path: '/fonts/vigie-sans.woff2' },
	{ weight: 700, path: '/fonts/vigie-sans-bold.woff2' }
];

let css = '';
let loading: Promise<void> | undefined;

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Fetches the two font files (from the site, or the service worker's cache) once. */
export function preloadExportFonts(): Promise<void> {
	loading ??= Promise.all(
		FILES.map(async ({ weight, path }) => {
			const response = await fetch(base + path);
			if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
			const data = toBase64(new Uint8Array(await response.arrayBuffer()));
			return `@font-face{font-family:'Vigie Sans';font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`;
		})
	).then(
		(rules) => void (css = rules.join('')),
		() => void (loading = undefined) // an export without the font still works; try again later
	);
	return loading;
}

/** The `@font-face` rules to embed, or '' if the fonts are not loaded (the stack then falls back). */
export const exportFontCss = () => css;
