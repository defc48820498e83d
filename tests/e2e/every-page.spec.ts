import { expect, test } from '@playwright/test';
import { builtPaths } from './site-urls.ts';

const paths = builtPaths();

for (const path of paths) {
	test.describe(path, () => {
		test('fits a 320 px wide screen and requests nothing outside 127.0.0.1', async ({ page }) => {
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
		});

		test('shows the same content with JavaScript disabled', async ({ browser }) => {
			const withJs = await browser.newContext();
			const withoutJs = await browser.newContext({ javaScriptEnabled: false });
			const on = await withJs.newPage();
			const off = await withoutJs.newPage();
			await on.goto(path);
			await off.goto(path);
			// Islands may show or hide parts (tabs show one snippet at a time), so the comparison is
			// of the content itself; without JavaScript all of it must also be visible text.
			const content = async (page: typeof on) =>
				(await page.locator('main').textContent())!.replace(/\s+/g, ' ');
			expect(await content(off)).toBe(await content(on));
			const visible = await off.locator('main').innerText();
			expect(visible.length).toBeGreaterThan(200);
			for (const code of await off.locator('main pre code').allTextContents()) {
				expect(visible, 'every snippet is visible without JavaScript').toContain(
					code.trim().split('\n')[0],
				);
			}
			await withJs.close();
			await withoutJs.close();
		});
	});
}

// Titles, descriptions and JSON-LD are checked in structured-data.spec.ts. Both are in the HTML
// as built, so the islands' JavaScript need not run.
test.describe('head and heading', () => {
	test.use({ javaScriptEnabled: false });
	test('every page has one h1 and a canonical URL', async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of paths) {
			if (path === '/404.html') continue;
			await page.goto(path);
			await expect(page.locator('h1'), path).toHaveCount(1);
			expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(
				new RegExp(`${path.replaceAll('/', '\\/')}$`),
			);
		}
	});
});
