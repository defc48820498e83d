import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';

const root = new URL('../..', import.meta.url).pathname;

const table: Array<{ query: string; expect: string | null }> = JSON.parse(
	readFileSync(new URL('../fixtures/search-relevance.json', import.meta.url), 'utf8'),
);

/** The result paths the /search/ page shows for a query, in order. */
async function resultPaths(
	page: import('@playwright/test').Page,
	query: string,
): Promise<string[]> {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	const panel = page.locator('[data-search-page]');
	// The status line ends with the count once the query has been answered.
	await expect(panel.locator('[data-search-status]')).toHaveText(/\d+ pages?$/);
	return await panel
		.locator('[role="option"] a')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

test.describe('relevance table', () => {
	for (const row of table) {
		test(`${row.query} → ${row.expect ?? 'no result'}`, async ({ page }) => {
			const paths = await resultPaths(page, row.query);
			if (row.expect === null) expect(paths).toEqual([]);
			else expect(paths.slice(0, 3)).toContain(row.expect);
		});
	}
});

test('every error message in content/errors finds a page quoting it among the top 3', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const signatures = loadContentSet(root).set.errors.map((file) => ({
		id: file.path,
		messages: (file.data as { messages: Array<{ text: string }> }).messages.map(
			(message) => message.text,
		),
	}));
	// The site's own search code, as the dialog loads it, so the test ranks exactly as readers see.
	let engineUrl = '';
	page.on('response', (response) => {
		if (/\/_astro\/search-engine\.[^/]+\.js$/.test(response.url())) engineUrl = response.url();
	});
	await page.goto('/');
	await page.keyboard.press('/');
	await expect.poll(() => engineUrl).not.toBe('');
	const misses = await page.evaluate(
		async ({ signatures, engineUrl }) => {
			const engine = await import(engineUrl);
			const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
			// The page as a reader sees it (result fragments carry no page text).
			const texts = new Map<string, string>();
			const pageText = async (url: string) => {
				if (!texts.has(url)) {
					const html = await (await fetch(url)).text();
					const main = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
					texts.set(url, fold(main?.textContent ?? ''));
				}
				return texts.get(url)!;
			};
			const missed: string[] = [];
			for (const signature of signatures) {
				for (const message of signature.messages) {
					const { results } = (await engine.searchSite(message)) as {
						results: Array<{ url: string }>;
					};
					// Found when one of the top 3 pages quotes the message as it stands.
					const quoted = await Promise.all(
						results
							.slice(0, 3)
							.map(async (result) => (await pageText(result.url)).includes(fold(message))),
					);
					if (!quoted.includes(true)) {
						missed.push(
							`${signature.id}: "${message}" → ${
								results
									.slice(0, 3)
									.map((r) => r.url)
									.join(', ') || 'nothing'
							}`,
						);
					}
				}
			}
			return missed;
		},
		{ signatures, engineUrl },
	);
	expect(misses).toEqual([]);
});
