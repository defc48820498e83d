import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

const PAGE = '/glm-api-unauthorized/';

// The page anatomy of DESIGN.md, in order.
const BLOCKS = [
	'question',
	'short-answer',
	'conclusion',
	'steps',
	'builder',
	'body',
	'comparison',
	'checklist',
	'fallback',
	'faq',
	'keywords',
	'related',
];

// Every question page's JSON-LD is checked against its visible text in structured-data.spec.ts.

test('a question page shows every block of the anatomy, in order', async ({ page }) => {
	await page.goto(PAGE);
	const order = await page
		.locator('article > [data-block]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-block')));
	expect(order).toEqual(BLOCKS);
	await expect(page.locator('h1')).toHaveText('How do you fix GLM API Unauthorized errors?');
	for (const block of BLOCKS) await expect(page.locator(`[data-block="${block}"]`)).toBeVisible();
	// The steps are an ordered list; the builder shows a command for the preset provider.
	await expect(page.locator('[data-block="steps"] ol > li')).not.toHaveCount(0);
	await expect(
		page.locator('[data-block="builder"] [data-snippet-panel="bash"] pre'),
	).toContainText('https://open.bigmodel.cn/api/paas/v4/chat/completions');
});

test('a provider page links every error code to its own anchor', async ({ page }) => {
	await page.goto('/providers/zhipu/');
	const anchors = await page
		.locator('[data-block="errors"] article[id]')
		.evaluateAll((nodes) => nodes.map((node) => node.id));
	expect(anchors).toContain('code-1000');
	expect(new Set(anchors).size).toBe(anchors.length);
	await page.goto('/providers/zhipu/#code-1000');
	await expect(page.locator('#code-1000')).toBeInViewport();
	await expect(page.locator('#code-1000')).toContainText('身份验证失败');
});

test('an unknown address answers 404 with a page that leads somewhere', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('main a[href="/glm-api-unauthorized/"]')).toBeVisible();
});

test('the print stylesheet keeps the content and the preset command, and drops navigation and controls', async ({
	page,
}) => {
	await page.goto(PAGE);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('body > header')).toBeHidden();
	await expect(page.locator('.builder-controls').first()).toBeHidden();
	await expect(page.locator('[data-block="builder"] [data-snippet-panel="bash"]')).toBeVisible();
	await expect(
		page.locator('[data-block="builder"] [data-snippet-panel="powershell"]'),
	).toBeHidden();
	await expect(page.locator('[data-block="faq"]')).toBeVisible();
});

test('the theme toggle cycles system, light and dark, and the choice applies before paint', async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(PAGE);
	const toggle = page.locator('triage-theme button');
	await expect(toggle).toHaveAccessibleName(/^Colour scheme: system/);
	await expect(toggle).toHaveAttribute('title', /^Colour scheme: system/);
	await expect(toggle.locator('svg')).toBeVisible();
	await toggle.click();
	await expect(toggle).toHaveAccessibleName(/^Colour scheme: light/);
	await toggle.click();
	await expect(toggle).toHaveAccessibleName(/^Colour scheme: dark/);
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const dark = await background();
	// With the island's code blocked, the stored choice still applies: the inline script sets it.
	await page.route('**/_astro/*.js', (route) => route.abort());
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background()).toBe(dark);
	await page.unroute('**/_astro/*.js');
	await page.reload();
	await page.locator('triage-theme button').click();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	expect(await background()).not.toBe(dark);
});

test('on a 360 × 640 phone, every question page shows the first lines of its short answer without scrolling', async ({
	browser,
}) => {
	// One visit per question page in one context: more than the default 30 s on a busy machine.
	test.setTimeout(180_000);
	const slugs = readdirSync(new URL('../../content/questions/', import.meta.url))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => name.replace(/\.mdx$/, ''));
	expect(slugs.length).toBeGreaterThan(10);
	// Layout needs no script: without it the pages load faster and the measure is the same.
	const context = await browser.newContext({
		viewport: { width: 360, height: 640 },
		javaScriptEnabled: false,
	});
	const page = await context.newPage();
	const late: string[] = [];
	for (const slug of slugs) {
		await page.goto(`/${slug}/`);
		const { top, lineHeight } = await page
			.locator('[data-block="short-answer"] p')
			.evaluate((element) => {
				const style = getComputedStyle(element);
				return {
					top: element.getBoundingClientRect().top + parseFloat(style.paddingTop),
					lineHeight: parseFloat(style.lineHeight),
				};
			});
		// Two lines of the answer's text above the fold.
		if (top + 2 * lineHeight > 640) late.push(`${slug}: text starts at ${Math.round(top)} px`);
	}
	await context.close();
	expect(late).toEqual([]);
});
