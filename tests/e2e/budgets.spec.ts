import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, firstView } from '../../scripts/first-view.ts';
import { TEMPLATES } from '../../scripts/templates.ts';
import { builtHtmlPaths } from './site-urls.ts';

// Byte budgets on the production build: what a reader downloads before touching anything.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// Both editions: Chinese text gzips to more bytes than the same facts in English.
for (const prefix of ['', '/zh']) {
	test(`every question page’s first view is at most 25 KB gzipped (${prefix || 'English'})`, () => {
		const slugs = readdirSync(new URL('../../content/questions/', import.meta.url))
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => name.replace(/\.mdx$/, ''));
		expect(slugs).toContain(TEMPLATES['question']!.slice(1, -1));
		const over = slugs
			.map((slug) => ({ slug, view: firstView(dist, `${prefix}/${slug}/`) }))
			.filter(({ view }) => view.total > BUDGETS.questionFirstView)
			.map(({ slug, view }) => `${prefix}/${slug}/: ${JSON.stringify(view)}`);
		expect(over).toEqual([]);
	});
}

test('every page links at most 8 KB of CSS and runs at most 6 KB of JS before interaction', () => {
	for (const path of builtHtmlPaths()) {
		const { css, js } = firstView(dist, path);
		expect(css, `CSS of ${path}`).toBeLessThanOrEqual(BUDGETS.css);
		expect(js, `JS before interaction on ${path}`).toBeLessThanOrEqual(BUDGETS.js);
	}
});
