// Prints what the first view of each template costs, gzipped: the HTML, the CSS it links and the
// JavaScript that loads before any interaction (module scripts and their static imports). Reads
// dist/, so run it after `npm run build`. A figure table, not a test: budgets are asserted in tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TEMPLATES } from './templates.ts';

const dist = join(process.cwd(), 'dist');

const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/** A module and everything it imports statically, as the browser fetches them before interaction. */
function moduleClosure(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = readFileSync(join(dist, path), 'utf8');
	for (const [, imported] of code.matchAll(
		/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g,
	)) {
		moduleClosure(`_astro/${imported}`, seen);
	}
	return seen;
}

console.log(
	`${'template'.padEnd(10)}${'HTML'.padStart(9)}${'CSS'.padStart(9)}${'JS'.padStart(9)}${'total'.padStart(9)}`,
);
for (const [name, url] of Object.entries(TEMPLATES)) {
	const file = url.endsWith('/') ? `${url}index.html` : url;
	const html = readFileSync(join(dist, file), 'utf8');
	const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].reduce(
		(sum, [, href]) => sum + gz(href!),
		0,
	);
	const modules = new Set<string>();
	for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g))
		moduleClosure(src!, modules);
	const js = [...modules].reduce((sum, path) => sum + gz(path), 0);
	const htmlSize = gz(file);
	console.log(`${name.padEnd(10)}${kb(htmlSize)}${kb(css)}${kb(js)}${kb(htmlSize + css + js)}`);
}
