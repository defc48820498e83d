import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPaths } from './site-urls.ts';

// WCAG 2.2 AA on every page of the sitemap, in the light and the dark colour scheme.
for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${colorScheme}`, () => {
		test.use({ colorScheme });
		for (const path of builtPaths()) {
			test(path, async ({ page }) => {
				await page.goto(path);
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(
					violations.map(
						({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
					),
				).toEqual([]);
			});
		}
	});
}
