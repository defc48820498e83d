import { expect, test } from '../helpers/shared-page.ts';
import { builtPaths } from './site-urls.ts';

const paths = builtPaths();

// Both editions, every page: one page load with JavaScript (the reader's view at 320 px) and one
// without it, in a context the worker shares.
for (const path of paths) {
	test(`${path}: fits 320 px, requests nothing outside 127.0.0.1, same content without JavaScript`, async ({
		page,
		staticPage,
	}) => {
		const outside: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
				outside.push(request.url());
		});
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320,
		);
		// Interact a little, so lazily loaded code would show itself too.
		await page.mouse.move(10, 10);
		await page.keyboard.press('Tab');
		await page.waitForLoadState('networkidle');
		expect(outside).toEqual([]);

		// Islands may show or hide parts (tabs show one snippet at a time), so the comparison is of
		// the content itself; without JavaScript all of it must also be visible text.
		await staticPage.goto(path);
		const content = async (from: typeof page) =>
			(await from.locator('main').textContent())!.replace(/\s+/g, ' ');
		expect(await content(staticPage)).toBe(await content(page));
		const visible = await staticPage.locator('main').innerText();
		expect(visible.length).toBeGreaterThan(200);
		for (const code of await staticPage.locator('main pre code').allTextContents()) {
			expect(visible, 'every snippet is visible without JavaScript').toContain(
				code.trim().split('\n')[0],
			);
		}
	});
}

// Titles, descriptions and JSON-LD are checked in structured-data.spec.ts. Both are in the HTML
// as built, so the islands' JavaScript need not run.
test('every page has one h1 and a canonical URL', async ({ staticPage }) => {
	test.setTimeout(180_000);
	for (const path of paths) {
		if (path.includes('404')) continue;
		await staticPage.goto(path);
		await expect(staticPage.locator('h1'), path).toHaveCount(1);
		expect(await staticPage.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(
			new RegExp(`${path.replaceAll('/', '\\/')}$`),
		);
	}
});
