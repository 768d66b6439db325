import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// No browser download here (no internet): use Debian's Chromium when present, else
// Playwright's own browser if one was installed on this machine.
const debianChromium = '/usr/bin/chromium';
const executablePath =
	process.env.VIGIE_CHROMIUM ?? (existsSync(debianChromium) ? debianChromium : undefined);
const PORT = Number(process.env.VIGIE_E2E_PORT ?? 4179);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: process.env.VIGIE_TEST_RESULTS ?? 'test-results',
	// Tests, not files, are shared between the workers: a long file (the axe audit of every route in
	// both languages) no longer sets the finishing time alone. `describe.serial` blocks stay serial.
	fullyParallel: true,
	// Two workers in CI as locally. One worker was chosen on 2026-12-02 after pages starved each
	// other; on 2026-12-06 the whole suite ran with CI=1 and two workers on this 2-core machine at
	// load 13–22 (other jobs beside it, far busier than CI): 131 of 132 passed first time, the one
	// retry a test race (procurement.test.ts read the bars before the redraw, fixed), no engine
	// timeout. One worker makes e2e ~15 min, two ~9 min on a quiet machine.
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 90_000,
	expect: { timeout: 20_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'fr-FR',
		timezoneId: 'UTC',
		trace: 'retain-on-failure',
		// Each new context would otherwise install the service worker and cache the 34 MB engine;
		// tests/e2e/offline.test.ts opts back in to test exactly that.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		// Tests run against the built site (`npm run build` comes first in `npm test`).
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		// Never silently test whatever else listens on the port.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
