import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../dist/', import.meta.url);

/**
 * Every page path the built sitemap lists (both editions), plus the two 404 pages. Read from
 * dist/ when the test files load, so each page becomes its own test and the sweep runs in
 * parallel.
 */
export function builtPaths(): string[] {
	const xml = readFileSync(new URL('sitemap.xml', dist), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1]!).pathname,
	);
	if (paths.length === 0) throw new Error('the sitemap lists no page; build first');
	return [...paths, '/404.html', '/zh/404/'];
}

/**
 * Every HTML file in dist/, as the path it is served at (`/a/index.html` is `/a/`), whether or not
 * the sitemap lists it.
 */
export function builtHtmlPaths(): string[] {
	const files = readdirSync(fileURLToPath(dist), { recursive: true, encoding: 'utf8' });
	const paths = files
		.map((file) => file.replaceAll('\\', '/'))
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
	if (paths.length === 0) throw new Error('dist/ holds no HTML page; build first');
	return paths;
}

/** The text of a built file, by the path it is served at. */
export function builtFile(path: string): string {
	return readFileSync(new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, dist), 'utf8');
}
