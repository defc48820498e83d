// Measures what the first search costs a reader on a 1,000-page site, in each edition: builds a
// synthetic site with the real templates (1,000 pages in English and their 1,000 Chinese
// editions), serves it, opens search in Chromium, types a query, and adds up the gzipped bytes of
// everything the search downloaded (our engine and all of Pagefind's files for that language).
// Prints the figures; with --assert, exits 1 when the total is over the budget. --keep keeps the
// synthetic project; --dir DIR measures such a kept project again without building it.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';
import { startPreview } from './preview-server.ts';
import { buildProject, createSyntheticProject, removeSyntheticProject } from './synthetic-site.ts';

const PAGES = Number(process.env.SEARCH_BUDGET_PAGES ?? 1000);
const BUDGET = 120 * 1024;
const PORT = 4397;
/**
 * The first query of a reader of each edition, on a page of that edition: for Chinese, the
 * queries issue #13 names (each measured as the first query of a fresh page).
 */
const EDITIONS = [
	{ name: 'English', start: '/synthetic-question-1/', query: 'invalid api key 401' },
	...(process.env.SEARCH_BUDGET_QUERY_ZH
		? [process.env.SEARCH_BUDGET_QUERY_ZH]
		: ['智谱 401 怎么办', '余额不足', '模型不存在', '接口地址 404']
	).map((query) => ({ name: 'Chinese', start: '/zh/synthetic-question-1/', query })),
];

// --dir DIR measures a synthetic project built before (kept with --keep) without building again.
const reuse = process.argv.includes('--dir')
	? process.argv[process.argv.indexOf('--dir') + 1]
	: undefined;
const keep = Boolean(reuse) || process.argv.includes('--keep');
const dir = reuse ?? createSyntheticProject(PAGES);
try {
	if (!reuse) buildProject(dir);
	const server = await startPreview(dir, PORT);
	try {
		const found = await findChromium();
		const browser = await chromium.launch({
			...(found?.path ? { executablePath: found.path } : {}),
			args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
		});
		let over = false;
		for (const { name, start, query } of EDITIONS) {
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${PORT}${start}`, { waitUntil: 'networkidle' });
			const downloads = new Map<string, number>();
			// Bodies are read asynchronously; the total waits for every read.
			const reads: Array<Promise<void>> = [];
			page.on('response', (response) => {
				reads.push(
					response
						.body()
						.catch(() => Buffer.alloc(0))
						.then((body) => {
							downloads.set(response.url(), gzipSync(body, { level: 9 }).length);
						}),
				);
			});
			await page.keyboard.press('/');
			// One input event, so exactly one query runs (typing on a busy machine can pause long
			// enough for a query on a prefix); then wait for the results of the whole query.
			await page.locator('triage-search [data-search-input]').fill(query);
			await page
				.locator(`triage-search [role="option"] a[href$="?highlight=${encodeURIComponent(query)}"]`)
				.first()
				.waitFor();
			await page.waitForLoadState('networkidle');
			await Promise.all(reads);
			await page.close();
			const total = [...downloads.values()].reduce((sum, size) => sum + size, 0);
			console.log(
				`search budget, ${name}: ${PAGES + 1}+ pages, first query "${query}" on ${start}`,
			);
			for (const [url, size] of [...downloads].sort((a, b) => b[1] - a[1])) {
				console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${new URL(url).pathname}`);
			}
			console.log(`  total ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`);
			if (total > BUDGET) over = true;
		}
		await browser.close();
		if (process.argv.includes('--assert') && over) {
			console.error('✖ a first query downloads more than the budget allows');
			process.exitCode = 1;
		}
	} finally {
		server.stop();
	}
} finally {
	if (keep) console.log(`synthetic project kept in ${dir}`);
	else removeSyntheticProject(dir);
}
