import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { BUDGETS, firstView } from '../../scripts/first-view.ts';
import { TEMPLATES } from '../../scripts/templates.ts';
import { builtHtmlPaths } from './site-urls.ts';

// Byte budgets on the production build: what a reader downloads before touching anything.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('the question template’s first view is at most 25 KB gzipped', () => {
	const view = firstView(dist, TEMPLATES['question']!);
	expect(view.total, JSON.stringify(view)).toBeLessThanOrEqual(BUDGETS.questionFirstView);
});

test('every page links at most 8 KB of CSS and runs at most 6 KB of JS before interaction', () => {
	for (const path of builtHtmlPaths()) {
		const { css, js } = firstView(dist, path);
		expect(css, `CSS of ${path}`).toBeLessThanOrEqual(BUDGETS.css);
		expect(js, `JS before interaction on ${path}`).toBeLessThanOrEqual(BUDGETS.js);
	}
});
