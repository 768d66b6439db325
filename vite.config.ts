import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { publicationPlugin } from './src/lib/publish/vite-publication.ts';

export default defineConfig({
	// The publication (`vigie publish`, VIGIE_PUBLICATION) reaches the pages as a module.
	plugins: [sveltekit(), publicationPlugin()],
	// duckdb-wasm is loaded with a dynamic import() in the browser only; keep Vite's dep
	// optimiser from pre-bundling it (its worker and wasm files are imported with ?url).
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { chunkSizeWarningLimit: 1024 },
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Test files share their worker's module cache, so the compiled DuckDB engine is reused
		// (src/lib/db/node-engine.ts): about 3× faster. Every test opens its own engine.
		isolate: false,
		// At least two workers: Vitest's default (cores − 1) is one on a 2-core CI machine, and the
		// CLI tests (src/cli, src/lib/hostile, ocds-formats) spend most of their time waiting for a
		// `vigie` child process, leaving the other core idle. A second worker runs files meanwhile.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		expect: { requireAssertions: true },
		// Each test file starts its own duckdb-wasm (1–2 s, more on a loaded 2-core machine).
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: { TZ: 'UTC' }
	}
});
