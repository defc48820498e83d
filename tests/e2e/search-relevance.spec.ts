import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';

const root = new URL('../..', import.meta.url).pathname;

type Row = { query: string; expect: string | null };
const table = (file: string): Row[] =>
	JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'));

/**
 * Opens `path`, opens search (which loads the site's own search code, as the dialog does) and
 * returns the engine's URL, so the queries below rank exactly as readers see, all in one page
 * rather than one page load per query.
 */
async function openEngine(page: Page, path: string): Promise<string> {
	let engineUrl = '';
	page.on('response', (response) => {
		if (/\/_astro\/search-engine\.[^/]+\.js$/.test(response.url())) engineUrl = response.url();
	});
	await page.goto(path);
	await page.keyboard.press('/');
	await expect.poll(() => engineUrl).not.toBe('');
	return engineUrl;
}

/**
 * The paths the result list shows for each query, in order: the decoder's diagnosis of a pasted
 * error first, then the ranked pages, as the edition's search answers them.
 */
async function ranked(page: Page, engineUrl: string, queries: string[]) {
	return page.evaluate(
		async ({ engineUrl, queries }) => {
			const engine = await import(engineUrl);
			const strings = JSON.parse(
				document.querySelector<HTMLElement>('[data-search-panel]')?.dataset['strings'] ?? '{}',
			);
			const paths: Record<string, string[]> = {};
			for (const query of queries) {
				const { results, diagnosis } = (await engine.answerQuery(query, strings)) as {
					results: Array<{ url: string }>;
					diagnosis?: { href: string };
				};
				paths[query] = [...(diagnosis ? [diagnosis.href] : []), ...results.map((r) => r.url)].map(
					(url) => new URL(url, location.href).pathname,
				);
			}
			return paths;
		},
		{ engineUrl, queries },
	);
}

// Each row is its own soft assertion, so one run names every query that misses.
for (const [edition, file, start] of [
	['English', 'search-relevance.json', '/'],
	['Chinese (on /zh/, typed as Chinese developers type)', 'search-relevance-zh.json', '/zh/'],
] as const) {
	test(`relevance table, ${edition}: each query finds its page among the top 3`, async ({
		page,
	}) => {
		const rows = table(file);
		const paths = await ranked(
			page,
			await openEngine(page, start),
			rows.map((row) => row.query),
		);
		for (const row of rows) {
			const found = paths[row.query] ?? [];
			if (row.expect === null) expect.soft(found, row.query).toEqual([]);
			else expect.soft(found.slice(0, 3), `${row.query} → ${row.expect}`).toContain(row.expect);
		}
	});
}

test('the Chinese relevance table has at least 25 queries in Chinese, each expecting a /zh/ page', () => {
	const rows = table('search-relevance-zh.json');
	expect(rows.filter((row) => /[\u3400-\u9fff]/.test(row.query)).length).toBeGreaterThanOrEqual(25);
	for (const row of rows) expect(row.expect, row.query).toMatch(/^\/zh\//);
});

// Every exact message, in both editions: on /zh/ an English error string a reader pastes must
// still find the Chinese page that quotes it.
for (const start of ['/', '/zh/']) {
	test(`every error message in content/errors finds a page quoting it among the top 3 (${start})`, async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const signatures = loadContentSet(root).set.errors.map((file) => ({
			id: file.path,
			messages: (file.data as { messages: Array<{ text: string }> }).messages.map(
				(message) => message.text,
			),
		}));
		const engineUrl = await openEngine(page, start);
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
						// Found when one of the top 3 pages of this edition quotes the message as it stands.
						const quoted = await Promise.all(
							results
								.slice(0, 3)
								.map(
									async (result) =>
										new URL(result.url, location.href).pathname.startsWith(
											location.pathname === '/zh/' ? '/zh/' : '/',
										) && (await pageText(result.url)).includes(fold(message)),
								),
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
}
