import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Fully static: every page is prerendered, the SPA fallback serves the rest.
		adapter: adapter({ fallback: '404.html', precompress: false }),
		paths: { base: process.env.VIGIE_BASE ?? '', relative: false },
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The data converter, bench and e2e helpers are type-checked with the app.
		typescript: {
			config(config) {
				config.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
