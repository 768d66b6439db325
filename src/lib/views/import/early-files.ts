/**
 * Files picked or dropped on /import/ before the app was interactive (`early-files.js`, inlined
 * in the prerendered page), handed over once FileDrop mounts.
 */
import script from './early-files.js?raw';

declare global {
	interface Window {
		/** Set by `early-files.js`; `live` once FileDrop has taken over. */
		vigieEarlyFiles?: { files: File[]; live: boolean };
	}
}

/** The inline script, as hashed into the CSP by svelte.config.js (the same bytes). */
export const EARLY_FILES_SCRIPT = `<script>${script}</script>`;

/**
 * The files the user gave before the app started, and stops catching them: those the inline
 * script kept, or (if it did not run) those the browser kept in the input.
 */
export function takeEarlyFiles(input: HTMLInputElement): File[] {
	const early = window.vigieEarlyFiles;
	const files = early?.files.length ? early.files : [...(input.files ?? [])];
	// Once only: a later visit by in-app navigation runs no inline script and must take nothing.
	if (early) Object.assign(early, { files: [], live: true });
	input.value = '';
	return files;
}
