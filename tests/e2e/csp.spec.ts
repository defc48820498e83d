import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TEMPLATES, ZH_TEMPLATES } from '../../scripts/templates.ts';
import { inlineSources } from '../../src/lib/csp-hashes.ts';
import { builtFile, builtHtmlPaths } from './site-urls.ts';

/**
 * Collects what the Content-Security-Policy blocked on `page` and every console error: a listener
 * for `securitypolicyviolation` (added before any page script runs) reports each violation as a
 * console error, next to Chromium's own "Refused to …" messages.
 */
async function watchProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
			);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error' || /content.security.policy/i.test(message.text()))
			problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	return problems;
}

let problems: string[] = [];
test.beforeEach(async ({ page }) => {
	problems = await watchProblems(page);
});
// After each test, also one that failed on the way: a blocked script often shows only as a timeout.
test.afterEach(() => {
	expect(problems, 'CSP violations and console errors').toEqual([]);
});

/** The policy of the page, checked for what a strict policy must and must not say. */
async function expectStrictPolicy(page: Page) {
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).not.toContain('unsafe-inline');
	// A policy covers only what the browser parses after it: no script may come before it.
	expect(
		await page.evaluate(() =>
			document.querySelector('script, meta[http-equiv="content-security-policy"]')?.matches('meta'),
		),
	).toBe(true);
}

for (const [name, url] of Object.entries({ ...TEMPLATES, ...ZH_TEMPLATES })) {
	test(`the ${name} template runs under its policy with no violation or console error`, async ({
		page,
	}) => {
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		// Style attributes in the HTML would need 'unsafe-inline' (element.style from a script does not).
		expect(await response!.text()).not.toMatch(/<[^>]+\sstyle=/);
		await expectStrictPolicy(page);
		// The before-paint script ran: it sets the reader's snippet target on <html>.
		await expect(page.locator('html')).toHaveAttribute('data-snippet', /.+/);
		await page.locator('triage-theme button').click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
	});
}

test('every built page lists the hashes of its own inline code and no others', () => {
	for (const path of builtHtmlPaths()) {
		const html = builtFile(path);
		const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
		expect(policy, path).toBeDefined();
		const listed = new Set(policy!.match(/'sha256-[^']+'/g));
		expect(listed, path).toEqual(inlineSources(html));
	}
});

test('search loads Pagefind and its WebAssembly under the policy', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.keyboard.type('unauthorized');
	await expect(page.locator('triage-search [role="option"]').first()).toBeVisible();
});

test('the decoder fetches its signatures and decodes under the policy', async ({ page }) => {
	await page.goto('/decode/');
	const decoder = page.locator('triage-decoder');
	await decoder
		.locator('textarea')
		.fill(
			'HTTP/2 429\n\n{"error":{"code":"1113","message":"Insufficient balance or no resource package. Please recharge."}}',
		);
	await expect(decoder.locator('[data-signature]').first()).toBeVisible();
});

test('the builder switches tabs and draws its options under the policy', async ({ page }) => {
	await page.goto(`${TEMPLATES.question}?highlight=401`, { waitUntil: 'networkidle' });
	await expect(page.locator('main article mark').first()).toBeVisible();
	const builder = page.locator('triage-builder').first();
	await builder.locator('[data-snippet-tab="python-sdk"]').click();
	await expect(page.locator('html')).toHaveAttribute('data-snippet', 'python-sdk');
	await builder.locator('[data-customize]').click();
	await builder.locator('select[name="provider"]').selectOption('deepseek');
	await expect(builder.locator('[data-snippet-panel="python-sdk"]')).toContainText('deepseek');
});

test('code blocks keep their light and dark colours as classes', async ({ page }) => {
	await page.goto(TEMPLATES.question!);
	const block = page.locator('[data-block="body"] .astro-code').first();
	const token = block.locator('span[class*="sd"]').first();
	const colours = () =>
		token.evaluate((element) => ({
			token: getComputedStyle(element).color,
			background: getComputedStyle(element.closest('pre')!).backgroundColor,
		}));
	const light = await colours();
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await colours();
	expect(dark.token).not.toBe(light.token);
	expect(dark.background).not.toBe(light.background);
	// A reader's choice wins over the system's.
	await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
	expect(await colours()).toEqual(light);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	expect(await colours()).toEqual(dark);
});

test('the header policy in public/_headers adds to the <meta> without blocking anything', async ({
	page,
}) => {
	const headers = readFileSync('public/_headers', 'utf8');
	const policy = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)![1]!;
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).not.toContain('unsafe-inline');
	// As Netlify or Cloudflare Pages would serve them: every document with the header.
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		if (route.request().resourceType() !== 'document') return route.fulfill({ response });
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': policy },
		});
	});
	await page.goto(TEMPLATES.question!, { waitUntil: 'networkidle' });
	await page.locator('triage-builder [data-customize]').first().click();
	await page.keyboard.press('/');
	await page.keyboard.type('401');
	await expect(page.locator('triage-search [role="option"]').first()).toBeVisible();
	await page.goto(TEMPLATES.decode!);
	await page.locator('triage-decoder textarea').fill('{"code":"1113"}');
	await expect(page.locator('triage-decoder [data-signature]').first()).toBeVisible();
});
