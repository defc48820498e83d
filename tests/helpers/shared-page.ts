import { test as base, type Page } from '@playwright/test';

/**
 * A `test` whose `staticPage` is one page with JavaScript off, shared by every test a worker
 * runs: the per-page sweeps read the HTML as built, and a new browser context per page would
 * cost more than the check itself.
 */
export const test = base.extend<object, { staticPage: Page }>({
	staticPage: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';
