// The two editions, English at / and Simplified Chinese at /zh/: every page has its counterpart,
// the language switch and hreflang alternates lead to it both ways (in the pages and the
// sitemap), Chinese pages say they are Chinese, carry no English prose, and build the same code.
import { loadContentSet, loadTranslationSet } from '../../src/lib/content/load-content-node.ts';
import { entryId } from '../../src/lib/content/check-content.ts';
import { expect, test } from '../helpers/shared-page.ts';
import { builtFile } from './site-urls.ts';

const root = new URL('../..', import.meta.url).pathname;
const TAG = { en: 'en', zh: 'zh-CN' } as const;
const OG = { en: 'en_US', zh: 'zh_CN' } as const;

const sitemap = builtFile('/sitemap.xml');
const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
	path: new URL(/<loc>([^<]+)<\/loc>/.exec(entry!)![1]!).pathname,
	alternates: Object.fromEntries(
		[...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
			([, lang, href]) => [lang!, new URL(href!).pathname],
		),
	),
}));
const paths = entries.map((entry) => entry.path);
const editionOf = (path: string) => (path.startsWith('/zh/') ? 'zh' : 'en');
const counterpart = (path: string) => (editionOf(path) === 'zh' ? path.slice(3) : `/zh${path}`);

/** An attribute of the first tag in `html` that matches `tag` (a regular expression source). */
function attribute(html: string, tag: string, name: string): string | undefined {
	const element = new RegExp(`<${tag}[^>]*>`).exec(html)?.[0];
	return element ? new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}

/** The hreflang alternates a page's head lists, by language. */
function pageAlternates(html: string): Record<string, string> {
	return Object.fromEntries(
		[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(
			([, lang, href]) => [lang!, new URL(href!).pathname],
		),
	);
}

test('both editions list the same pages, and each page’s switch leads to its counterpart', () => {
	const english = paths.filter((path) => editionOf(path) === 'en');
	const chinese = paths.filter((path) => editionOf(path) === 'zh');
	expect(english.length).toBeGreaterThan(50);
	expect(chinese.sort()).toEqual(english.map(counterpart).sort());
	for (const path of paths) {
		const html = builtFile(path);
		const edition = editionOf(path);
		expect(attribute(html, 'html', 'lang'), path).toBe(TAG[edition]);
		const other = edition === 'en' ? 'zh' : 'en';
		const link = /<a [^>]*data-language-switch[^>]*>/.exec(html)?.[0] ?? '';
		expect(/href="([^"]+)"/.exec(link)?.[1], `switch on ${path}`).toBe(counterpart(path));
		expect(/hreflang="([^"]+)"/.exec(link)?.[1], `switch on ${path}`).toBe(TAG[other]);
	}
});

test('hreflang alternates are reciprocal, in every page and in the sitemap', () => {
	for (const { path, alternates } of entries) {
		const english = editionOf(path) === 'en' ? path : counterpart(path);
		const expected = { en: english, 'zh-CN': `/zh${english}`, 'x-default': english };
		expect(alternates, `sitemap entry of ${path}`).toEqual(expected);
		expect(pageAlternates(builtFile(path)), `head of ${path}`).toEqual(expected);
	}
});

test('each page states its language to social cards and in its JSON-LD', () => {
	for (const path of paths) {
		const html = builtFile(path);
		const edition = editionOf(path);
		const other = edition === 'en' ? 'zh' : 'en';
		expect(html, path).toContain(`<meta property="og:locale" content="${OG[edition]}">`);
		expect(html, path).toContain(`<meta property="og:locale:alternate" content="${OG[other]}">`);
		const languages = [...html.matchAll(/"inLanguage":"([^"]+)"/g)].map((match) => match[1]);
		for (const language of languages) expect(language, path).toBe(TAG[edition]);
	}
});

test('the language switch lands on the same page in the other language, and back', async ({
	page,
}) => {
	await page.goto('/glm-insufficient-balance-1113/');
	await page.locator('[data-language-switch]').click();
	await expect(page).toHaveURL(/\/zh\/glm-insufficient-balance-1113\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('h1')).toContainText('1113');
	await expect(page.locator('[data-language-switch]')).toHaveText('English');
	// A link inside the Chinese page stays in the Chinese edition.
	await page.locator('header nav a').first().click();
	await expect(page).toHaveURL(/\/zh\/#questions$/);
	await page.locator('[data-language-switch]').click();
	await expect(page).toHaveURL(/\/#questions$|\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

/** The text of every code block of a built page, in order (tags stripped, entities decoded). */
function codeBlocks(html: string): string[] {
	return [...html.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map(([, inner]) =>
		inner!
			.replace(/<[^>]+>/g, '')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&amp;', '&'),
	);
}

test('every Chinese question page builds byte for byte the code of its English page', () => {
	const questions = paths.filter((path) => editionOf(path) === 'en' && /^\/[^/]+\/$/.test(path));
	expect(questions.length).toBeGreaterThan(40);
	for (const path of questions.filter((path) =>
		builtFile(path).includes('data-block="question"'),
	)) {
		const english = codeBlocks(builtFile(path));
		expect(english.length, path).toBeGreaterThan(0);
		expect(codeBlocks(builtFile(counterpart(path))), counterpart(path)).toEqual(english);
	}
});

// Everything a Chinese page shows is Chinese, apart from code, identifiers and product names, and
// the exact English error strings readers paste (quoted from the error files, or listed as the
// page's search phrases).
test('Chinese pages carry no English prose', async ({ staticPage }) => {
	test.setTimeout(180_000);
	const quoted = new Set(
		loadContentSet(root).set.errors.flatMap((file) =>
			(file.data as { messages: Array<{ text: string }> }).messages.map((message) =>
				message.text.toLowerCase().replaceAll('’', "'"),
			),
		),
	);
	const keywords = new Map(
		loadTranslationSet(root).set.questions.map((file) => [
			`/zh/${entryId(file.path)}/`,
			((file.data as { keywords: string[] }).keywords ?? []).map((keyword) =>
				keyword.toLowerCase(),
			),
		]),
	);
	const found: string[] = [];
	for (const path of [...paths.filter((path) => editionOf(path) === 'zh'), '/zh/404/']) {
		await staticPage.goto(path);
		const lines = await staticPage.evaluate(() => {
			const english: string[] = [];
			const blocks = document.querySelectorAll(
				'p, li, td, th, h1, h2, h3, h4, dt, dd, figcaption, summary, label, button, caption, legend, a, title',
			);
			for (const block of blocks) {
				if (block.closest('pre, code, kbd, cite, script, [hidden], [lang="en"]')) continue;
				const own = block.cloneNode(true) as Element;
				for (const inner of own.querySelectorAll(
					'code, kbd, pre, q, cite, [lang="en"], ul, ol, table, dl, p, li',
				))
					inner.remove();
				const text = (own.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (!text || /[\u3400-\u9fff]/.test(text)) continue;
				const bare = text.replace(/https?:\/\/\S+/g, ' ');
				// English prose: four words or more, two of them words that only sentences have
				// (names, identifiers and product names such as "Z.ai GLM Coding Plan" have none).
				const words = bare.match(/\b[A-Za-z][A-Za-z'’-]*\b/g) ?? [];
				const glue = words.filter((word) =>
					/^(the|a|an|is|are|was|to|of|for|with|not|your|you|does|do|have|has|be|in|on|and|or|please|this|that|it|at|from|by|no|will|can)$/i.test(
						word,
					),
				);
				if (words.length >= 4 && glue.length >= 2) english.push(text);
			}
			return [...new Set(english)];
		});
		const known = (text: string) => {
			const lower = text
				.toLowerCase()
				.replaceAll('’', "'")
				.replace(/^[\s:：]+|[.。…]+$/g, '');
			return (
				[...quoted].some((message) => message.includes(lower) || lower.includes(message)) ||
				(keywords.get(path) ?? []).some((keyword) => keyword.includes(lower))
			);
		};
		for (const line of lines) if (!known(line)) found.push(`${path}: ${line}`);
	}
	expect(found).toEqual([]);
});

test('the Chinese decoder answers in Chinese and links the Chinese page', async ({ page }) => {
	await page.goto('/zh/decode/');
	const decoder = page.locator('triage-decoder');
	await decoder
		.locator('textarea')
		.fill('HTTP/1.1 429\n{"error":{"code":"1113","message":"余额不足或无可用资源包,请充值。"}}');
	const match = decoder.locator('[data-signature]').first();
	await expect(match).toContainText('1113');
	await expect(decoder.locator('[data-result]')).toContainText('原因');
	await expect(match.locator('a[href="/zh/glm-insufficient-balance-1113/"]')).toHaveCount(1);
});

test('the Chinese builder labels its options in Chinese and copies the English command', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const copied: string[] = [];
	for (const path of ['/glm-api-unauthorized/', '/zh/glm-api-unauthorized/']) {
		await page.goto(path);
		const tool = page.locator('triage-builder').first();
		await tool.locator('[data-customize]').click();
		await tool.locator('select[name="region"]').selectOption('cn');
		await tool.locator('[data-snippet-tab="powershell"]').click();
		await tool.locator('[data-snippet-panel="powershell"] [data-copy]').click();
		copied.push(await page.evaluate(() => navigator.clipboard.readText()));
		if (path.startsWith('/zh/')) {
			await expect(tool.locator('[data-controls]')).toContainText('服务商');
			await expect(tool.locator('select[name="region"] option[value="cn"]')).toContainText('中国');
		}
	}
	expect(copied[0]).toContain('curl.exe');
	expect(copied[1]).toBe(copied[0]);
});

test('Chinese search answers a Chinese query with Chinese labels', async ({ page }) => {
	await page.goto('/zh/');
	await page.keyboard.press('/');
	const dialog = page.locator('dialog[open]');
	const input = dialog.locator('[data-search-input]');
	await input.fill('智谱 401 怎么办');
	const first = dialog.locator('[role="option"] a').first();
	await expect(first).toHaveAttribute('href', /^\/zh\//);
	await expect(dialog.locator('[data-search-status]')).toHaveText(/\d+ 个页面$/);
	await dialog.locator('[data-filters-toggle]').click();
	await expect(dialog.getByText('服务商', { exact: true }).first()).toBeVisible();
});

test('each edition has its feed, and llms.txt lists both', async ({ request }) => {
	const zh = await (await request.get('/zh/rss.xml')).text();
	expect(zh).toContain('<language>zh-CN</language>');
	expect(zh).toMatch(/<link>[^<]*\/zh\/glm-api-unauthorized\/<\/link>/);
	const en = await (await request.get('/rss.xml')).text();
	expect(en).not.toContain('/zh/');
	const llms = await (await request.get('/llms.txt')).text();
	expect(llms).toMatch(/\]\([^)]*\/glm-api-unauthorized\/\)/);
	expect(llms).toMatch(/\]\([^)]*\/zh\/glm-api-unauthorized\/\)/);
});
