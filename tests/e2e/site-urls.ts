import { readFileSync } from 'node:fs';

/**
 * Every page path the built sitemap lists, plus the 404 page's own path. Read from dist/ when the
 * test files load, so each page becomes its own test and the sweep runs in parallel.
 */
export function builtPaths(): string[] {
	const xml = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1]!).pathname,
	);
	if (paths.length === 0) throw new Error('the sitemap lists no page; build first');
	return [...paths, '/404.html'];
}
