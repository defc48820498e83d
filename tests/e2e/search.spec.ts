import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { builtFile, builtHtmlPaths } from './site-urls.ts';

test('the index holds every question and provider page, and no page keeps the indexer markup', () => {
	const pages = builtHtmlPaths();
	for (const path of pages) {
		expect(builtFile(path), path).not.toMatch(/data-index-only|data-pagefind-/);
	}
	// Question and provider pages of both editions.
	const questions = readdirSync('content/questions')
		.filter((name) => name.endsWith('.mdx'))
		.flatMap((name) => [`/${name.replace(/\.mdx$/, '')}/`, `/zh/${name.replace(/\.mdx$/, '')}/`]);
	const indexable = pages.filter(
		(path) => /^(\/zh)?\/providers\//.test(path) || questions.includes(path),
	);
	expect(indexable.length).toBeGreaterThan(questions.length);
	const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const counts = Object.values(entry.languages).map(({ page_count }) => page_count);
	expect(counts.reduce((sum, count) => sum + count, 0)).toBe(indexable.length);
	// One index per language: the Chinese pages are searched in Chinese only.
	expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
	expect(entry.languages['zh-cn']!.page_count).toBe(entry.languages['en']!.page_count);
});

test('nothing of search loads until the reader opens it; / opens it and Esc closes it', async ({
	page,
}) => {
	const loaded: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) loaded.push(request.url());
	});
	await page.goto('/providers/', { waitUntil: 'networkidle' });
	await page.mouse.move(200, 200);
	expect(loaded).toEqual([]);
	await page.keyboard.press('/');
	const dialog = page.locator('triage-search dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('[data-search-input]')).toBeFocused();
	await expect.poll(() => loaded.length).toBeGreaterThan(0);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.locator('[data-search-open]')).toBeFocused();
	await page.keyboard.press('Control+k');
	await expect(dialog).toBeVisible();
});

test('keyboard only: type, move with arrows, open with Enter, and land on the highlighted term', async ({
	page,
}) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.keyboard.type('1001');
	const input = page.locator('triage-search [data-search-input]');
	const options = page.locator('triage-search [role="option"]');
	// On a slow machine a pause inside the typing runs a query for a prefix first: wait for the
	// list that answers the whole query.
	await expect(options.first().locator('a')).toHaveAttribute('href', /\?highlight=1001$/);
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await expect(input).toHaveAttribute(
		'aria-activedescendant',
		(await options.first().getAttribute('id')) as string,
	);
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowUp');
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	// Tab stays inside the modal dialog.
	for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
	expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
	await input.focus();
	const href = await options.first().locator('a').getAttribute('href');
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
	await expect(page.locator('main article mark').first()).toHaveText('1001');
});

test('filters by provider, cause and status combine and show counts', async ({ page }) => {
	await page.goto('/search/?q=401');
	const panel = page.locator('[data-search-page]');
	const results = panel.locator('[role="option"]');
	await expect(results.first()).toBeVisible();
	const before = await results.count();
	const toggle = panel.locator('[data-filters-toggle]');
	await expect(panel.locator('[data-search-filters]')).toBeHidden();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const zhipu = panel.locator('input[data-filter="provider"][value="Zhipu"]');
	await expect(zhipu.locator('xpath=..')).toHaveText(/Zhipu \(\d+\)/);
	await zhipu.check();
	await expect.poll(() => results.count()).toBeLessThanOrEqual(before);
	for (const result of await results.all())
		await expect(result.locator('.chip').first()).toBeVisible();
	for (const result of await results.all()) await expect(result).toContainText('Zhipu');
	await panel.locator('input[data-filter="status"][value="401"]').check();
	for (const result of await results.all()) await expect(result).toContainText('Zhipu');
	await expect(page).toHaveURL(/\?q=401/);
});

test('a query with no answer says so and offers the decoder and the question list', async ({
	page,
}) => {
	await page.goto('/search/?q=zzqxv');
	const empty = page.locator('[data-search-page] [data-search-empty]');
	await expect(empty).toBeVisible();
	await expect(empty).toContainText('No page matches “zzqxv”');
	await expect(empty.locator('a[href="/decode/"]')).toBeVisible();
});

test('without JavaScript the search page lists every question by cause', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search/');
	await expect(page.locator('#all-questions')).toBeVisible();
	await expect(page.locator('main a[href="/glm-api-unauthorized/"]')).toBeVisible();
	await context.close();
});

test('search says it is unavailable when its index cannot load, and tries again later', async ({
	page,
}) => {
	let blocked = true;
	await page.route('**/pagefind/pagefind.js', (route) =>
		blocked ? route.abort() : route.continue(),
	);
	await page.goto('/providers/');
	await page.keyboard.press('/');
	const dialog = page.locator('triage-search dialog');
	await expect(dialog.locator('[data-search-status]')).toHaveText(/Search is unavailable/);
	await page.keyboard.press('Escape');
	blocked = false;
	await page.keyboard.press('/');
	await dialog.locator('[data-search-input]').fill('1113');
	await expect(dialog.locator('[role="option"]').first()).toBeVisible();
});

test('a pasted error body gets the decoder’s diagnosis as the first result', async ({ page }) => {
	await page.goto('/providers/');
	await page.keyboard.press('/');
	const dialog = page.locator('triage-search dialog');
	await dialog
		.locator('[data-search-input]')
		.fill(
			`openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`,
		);
	const first = dialog.locator('[role="option"]').first();
	await expect(first).toHaveAttribute('data-diagnosis', '');
	await expect(first.locator('a')).toHaveAttribute('href', '/context-window-exceeded/');
	await expect(first).toContainText('context_length_exceeded');
	// A plain query runs no decoder.
	await dialog.locator('[data-search-input]').fill('context window exceeded');
	await expect(dialog.locator('[role="option"]').first()).not.toHaveAttribute('data-diagnosis');
});
