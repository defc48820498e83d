import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ZH_TEMPLATES } from '../../scripts/templates.ts';
import { builtPaths } from './site-urls.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules whose verdict can change with the colour scheme. The dark scheme changes colours
 * only (the site's CSS follows prefers-color-scheme; the DOM is the same), so the other rules
 * would repeat the light run's verdict on the same nodes.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, rules?: string[]): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(TAGS);
	const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
	return violations.map(
		({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
	);
}

// WCAG 2.2 AA on every English page of the sitemap, and on each template of the Chinese edition
// (its pages share the English markup; the templates cover what differs: lang, labels, text):
// every rule in the light colour scheme, then the colour rules again in the dark one, on the
// same page load.
const paths = [
	...builtPaths().filter((path) => !path.startsWith('/zh/')),
	...Object.values(ZH_TEMPLATES),
];
for (const path of paths) {
	test(`axe, light and dark: ${path}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		expect(await violations(page), 'light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await violations(page, COLOUR_RULES), 'dark').toEqual([]);
	});
}
