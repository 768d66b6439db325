import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The import page's one inline script of its own (files picked before the app has started,
// src/lib/views/import/early-files.js), allowed by its hash as Kit's own inline scripts are.
const earlyFiles = readFileSync(new URL('./src/lib/views/import/early-files.js', import.meta.url));
/** @type {`sha256-${string}`} */
const earlyFilesHash = `sha256-${createHash('sha256').update(earlyFiles).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Fully static: every page is prerendered, the SPA fallback serves the rest. Precompression
		// (.br/.gz) is done by scripts/precompress.mjs after the build: faster, and it covers .csv.
		// VIGIE_BUILD_DIR / VIGIE_KIT_OUT let several builds (parallel work, CI) live side by side.
		adapter: adapter({
			pages: process.env.VIGIE_BUILD_DIR ?? 'build',
			assets: process.env.VIGIE_BUILD_DIR ?? 'build',
			fallback: '404.html',
			precompress: false
		}),
		outDir: process.env.VIGIE_KIT_OUT ?? '.svelte-kit',
		paths: { base: process.env.VIGIE_BASE ?? '', relative: false },
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Privacy by construction: the page may talk to its own origin only (no analytics, CDN or
		// font host can be added by accident). Static hosting has no headers, so Kit writes this as
		// a <meta http-equiv> in every prerendered page, with hashes of its own inline scripts.
		// 'wasm-unsafe-eval': compiling duckdb-wasm; 'unsafe-inline' styles: Svelte style attributes
		// (it also disables style hashes, which would cancel it); blob: images for PNG/SVG exports.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'connect-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', earlyFilesHash],
				'worker-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// The data converter, bench and e2e helpers are type-checked with the app.
		typescript: {
			config(config) {
				config.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
