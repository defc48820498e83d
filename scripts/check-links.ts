// Post-build check: every internal href and #fragment in dist/ resolves to a built page and an
// element id on it, and every external link carries rel="noopener", plus rel="sponsored" exactly
// where the provider data marks the link sponsored. Prints each broken link with the page it is
// on; exits 1 if there is any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContentSet } from '../src/lib/content/load-content-node.ts';
import { relProblem, sponsoredUrls } from '../src/lib/links.ts';

const dist = join(process.cwd(), 'dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

/** The URL path a built file is served at. */
function pagePath(file: string): string {
	const path = `/${relative(dist, file).replaceAll('\\', '/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const pages = new Map(
	htmlFiles(dist).map((file) => {
		const html = readFileSync(file, 'utf8');
		const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
		return [pagePath(file), { html, ids }];
	}),
);

/** Whether a non-HTML target (feed, JSON, image) exists in dist. */
function fileExists(path: string): boolean {
	try {
		return statSync(join(dist, decodeURIComponent(path))).isFile();
	} catch {
		return false;
	}
}

const sponsored = sponsoredUrls(
	loadContentSet(process.cwd()).set.providers.map((file) => file.data as Record<string, unknown>),
);
const problems: string[] = [];
for (const [path, { html }] of pages) {
	for (const [tag] of html.matchAll(/<a\s[^>]*>/g)) {
		const href = /\shref="([^"]*)"/.exec(tag)?.[1];
		if (href === undefined) continue;
		const url = new URL(href.replaceAll('&amp;', '&'), `http://site.local${path}`);
		if (url.host !== 'site.local') {
			const problem = relProblem(
				href.replaceAll('&amp;', '&'),
				/\srel="([^"]*)"/.exec(tag)?.[1],
				sponsored,
			);
			if (problem) problems.push(`${path}: ${problem}`);
			continue;
		}
		const target =
			pages.get(url.pathname) ??
			(url.pathname.endsWith('/') ? undefined : pages.get(`${url.pathname}/`));
		if (!target) {
			if (!fileExists(url.pathname)) problems.push(`${path}: broken link ${href}`);
			continue;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && !fragment.startsWith('try?') && !target.ids.has(fragment)) {
			problems.push(`${path}: no element #${fragment} on ${url.pathname} (${href})`);
		}
	}
}

if (problems.length > 0) {
	console.error(
		`Links: ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n${problems.join('\n')}`,
	);
	process.exit(1);
}
console.log(`Links: ${pages.size} pages checked, every internal link and fragment resolves.`);
