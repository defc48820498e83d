import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

// Not 4321, so a forgotten `npm start` on that port is never mistaken for the build under test.
// (Astro refuses a second preview of the same folder: stop `npm start` before `npm test`.)
const port = Number(process.env.PREVIEW_PORT ?? 4391);
const chromium = await findChromium();

// Flags for a locked-down machine: no sandbox as root, and none of Chromium's own background
// traffic, which a closed network refuses (and which would break the no-third-party-request test).
const args = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu',
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	// The JSON report feeds the pass/fail total that `npm test` prints last.
	reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			...(chromium?.path ? { executablePath: chromium.path } : {}),
			args: process.getuid?.() === 0 ? [...args, '--no-sandbox'] : args,
		},
	},
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
