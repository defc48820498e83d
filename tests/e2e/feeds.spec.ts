import { expect, test } from '@playwright/test';

test('robots.txt names the sitemap, and the sitemap dates every page', async ({ request }) => {
	expect(await (await request.get('/robots.txt')).text()).toMatch(
		/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m,
	);
	const xml = await (await request.get('/sitemap.xml')).text();
	const urls = [
		...xml.matchAll(
			/<url><loc>([^<]+)<\/loc><lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>(?:<xhtml:link [^>]*\/>)*<\/url>/g,
		),
	];
	expect(urls.length).toBe((xml.match(/<url>/g) ?? []).length);
	const paths = urls.map((match) => new URL(match[1]!).pathname);
	expect(paths).toContain('/glm-api-unauthorized/');
	expect(paths).toContain('/zh/glm-api-unauthorized/');
});

test('the RSS feed lists question pages and llms.txt links them', async ({ request }) => {
	const rss = await (await request.get('/rss.xml')).text();
	expect(rss).toContain('<title>How do you fix GLM API Unauthorized errors?</title>');
	expect(rss).toMatch(/<link>https?:\/\/[^<]+\/glm-api-unauthorized\/<\/link>/);
	const llms = await (await request.get('/llms.txt')).text();
	expect(llms).toMatch(/^# LLM API Triage/);
	expect(llms).toContain('/glm-api-unauthorized/)');
	expect(llms).toContain('/providers/zhipu/)');
});

test('the Pagefind index is part of the build', async ({ request }) => {
	const response = await request.get('/pagefind/pagefind-entry.json');
	expect(response.ok()).toBe(true);
	const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
	const pages = Object.values(entry.languages).reduce(
		(sum, language) => sum + language.page_count,
		0,
	);
	expect(pages).toBeGreaterThanOrEqual(7);
});
