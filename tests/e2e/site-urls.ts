import type { APIRequestContext } from '@playwright/test';

/** Every page path the sitemap lists, plus the 404 page's own path. */
export async function sitePaths(request: APIRequestContext): Promise<string[]> {
	const xml = await (await request.get('/sitemap.xml')).text();
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1]!).pathname,
	);
	if (paths.length === 0) throw new Error('the sitemap lists no page');
	return [...paths, '/404.html'];
}
