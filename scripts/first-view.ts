// What the first view of a built page costs, gzipped: its HTML, the CSS it links and the
// JavaScript that loads before any interaction (module scripts and their static imports). Shared
// by `npm run size` (the table) and the budget test (the assertions).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of each part of a page's first view. */
export interface FirstView {
	html: number;
	css: number;
	js: number;
	total: number;
}

/** The budgets issue #7 sets, in bytes. */
export const BUDGETS = { questionFirstView: 25 * 1024, css: 8 * 1024, js: 6 * 1024 };

const gz = (dist: string, path: string) =>
	gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

/** A module and everything it imports statically, as the browser fetches them before interaction. */
function moduleClosure(dist: string, path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = readFileSync(join(dist, path), 'utf8');
	for (const [, imported] of code.matchAll(
		/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g,
	)) {
		moduleClosure(dist, `_astro/${imported}`, seen);
	}
	return seen;
}

/** The first view of the page served at `url` (`/a/` or `/404.html`) in the build at `dist`. */
export function firstView(dist: string, url: string): FirstView {
	const file = url.endsWith('/') ? `${url}index.html` : url;
	const html = readFileSync(join(dist, file), 'utf8');
	const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].reduce(
		(sum, [, href]) => sum + gz(dist, href!),
		0,
	);
	const modules = new Set<string>();
	for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g))
		moduleClosure(dist, src!, modules);
	const js = [...modules].reduce((sum, path) => sum + gz(dist, path), 0);
	const htmlSize = gz(dist, file);
	return { html: htmlSize, css, js, total: htmlSize + css + js };
}
