// What search engines read, checked on every HTML file of the build: the JSON-LD parses and says
// what the reader sees (FAQ, steps, date, headline), titles and descriptions fit a result snippet
// and are unique, and the sitemap lists every indexable page once with its lastmod.
import type { Page } from '@playwright/test';
import { displayWidth } from '../../src/lib/content/translations.ts';
import { expect, test } from '../helpers/shared-page.ts';
import { builtFile, builtHtmlPaths } from './site-urls.ts';

const paths = builtHtmlPaths();

// Search engines read the HTML as built; the islands' JavaScript changes none of what is checked,
// so every test reads pages in the worker's shared page with JavaScript off.

// English: characters. Chinese: title width in full-width characters (a half-width one counts
// half), description in characters, as Chinese result snippets cut them.
const LIMITS = {
	en: { title: 60, width: (text: string) => text.length, description: [70, 160] },
	zh: { title: 30, width: displayWidth, description: [50, 120] },
} as const;
const limitsOf = (path: string) => LIMITS[path.startsWith('/zh/') ? 'zh' : 'en'];

type LdNode = { '@type': string; [property: string]: unknown };
type LdQuestion = LdNode & { name: string; acceptedAnswer: LdNode & { text: string } };
type LdStep = LdNode & { text: string };

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every node of every JSON-LD script on the page; each script must parse and name schema.org. */
async function jsonLdNodes(page: Page): Promise<LdNode[]> {
	const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
	expect(scripts.length, 'JSON-LD scripts on the page').toBeGreaterThan(0);
	return scripts.flatMap((text) => {
		const data = JSON.parse(text) as { '@context'?: unknown; '@graph'?: LdNode[] };
		expect(data['@context']).toBe('https://schema.org');
		return data['@graph'] ?? [data as LdNode];
	});
}

/** The page's `<title>` text and meta description, as the browser decodes them. */
async function headOf(page: Page) {
	return {
		title: await page.title(),
		description: (await page.locator('meta[name="description"]').getAttribute('content')) ?? '',
	};
}

for (const path of paths) {
	test(`${path}: JSON-LD parses and matches the visible text; title and description fit`, async ({
		staticPage: page,
	}) => {
		await page.goto(path);
		const nodes = await jsonLdNodes(page);
		const ofType = <T extends LdNode>(type: string) =>
			nodes.filter((node): node is T => node['@type'] === type);

		// FAQPage: each Question and its acceptedAnswer, against the visible <dt>/<dd> pairs.
		const ldFaq = ofType<LdNode & { mainEntity: LdQuestion[] }>('FAQPage').flatMap((faq) =>
			faq.mainEntity.map((item) => {
				expect(item['@type']).toBe('Question');
				expect(item.acceptedAnswer['@type']).toBe('Answer');
				return [normalise(item.name), normalise(item.acceptedAnswer.text)];
			}),
		);
		const visibleFaq = await page
			.locator('[data-block="faq"] dl > div')
			.evaluateAll((pairs) =>
				pairs.map((pair) => [
					pair.querySelector<HTMLElement>('[data-faq-question]')?.innerText ?? '',
					pair.querySelector<HTMLElement>('[data-faq-answer]')?.innerText ?? '',
				]),
			);
		expect(ldFaq, 'FAQPage equals the visible FAQ').toEqual(
			visibleFaq.map((pair) => pair.map(normalise)),
		);

		// HowTo: each HowToStep, against the visible numbered steps.
		const ldSteps = ofType<LdNode & { step: LdStep[] }>('HowTo').flatMap((howTo) =>
			howTo.step.map((step) => {
				expect(step['@type']).toBe('HowToStep');
				return normalise(step.text);
			}),
		);
		const visibleSteps = await page.locator('[data-block="steps"] ol > li').allInnerTexts();
		expect(ldSteps, 'HowTo steps equal the visible steps').toEqual(visibleSteps.map(normalise));

		// A question page carries the four nodes of DESIGN.md; its article names the visible
		// question and date.
		if ((await page.locator('[data-block="question"]').count()) > 0) {
			expect(nodes.map((node) => node['@type']).sort()).toEqual([
				'BreadcrumbList',
				'FAQPage',
				'HowTo',
				'TechArticle',
			]);
			expect(visibleFaq.length).toBeGreaterThan(0);
			expect(visibleSteps.length).toBeGreaterThan(0);
			const [article] = ofType('TechArticle');
			expect(article!['headline']).toBe(normalise(await page.locator('h1').innerText()));
			expect(article!['dateModified']).toBe(
				await page.locator('[data-block="question"] time').getAttribute('datetime'),
			);
		}

		const { title, description } = await headOf(page);
		const limits = limitsOf(path);
		expect(limits.width(title), `title "${title}"`).toBeLessThanOrEqual(limits.title);
		expect([...description].length, `description "${description}"`).toBeGreaterThanOrEqual(
			limits.description[0],
		);
		expect([...description].length, `description "${description}"`).toBeLessThanOrEqual(
			limits.description[1],
		);
	});
}

test('no two pages share a title or a description', async ({ staticPage: page }) => {
	test.setTimeout(120_000);
	const titles = new Map<string, string>();
	const descriptions = new Map<string, string>();
	for (const path of paths) {
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const { title, description } = await headOf(page);
		expect.soft(titles.get(title), `${path} repeats the title of`).toBeUndefined();
		expect
			.soft(descriptions.get(description), `${path} repeats the description of`)
			.toBeUndefined();
		titles.set(title, path);
		descriptions.set(description, path);
	}
});

test('the sitemap lists every indexable page once, each with lastmod', () => {
	const xml = builtFile('/sitemap.xml');
	const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
		locs: [...entry!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
		lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(entry!)?.[1],
	}));
	for (const { locs, lastmod } of entries) {
		expect(locs, 'one <loc> per <url>').toHaveLength(1);
		expect(lastmod ?? '(none)', `<lastmod> of ${locs[0]}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	}
	const listed = entries.map(({ locs }) => new URL(locs[0]!).pathname).sort();
	const noindex = /<meta\s[^>]*name="robots"[^>]*content="[^"]*noindex/;
	const indexable = paths.filter((path) => path !== '/404.html' && !noindex.test(builtFile(path)));
	expect(listed, 'sitemap paths against the indexable HTML files').toEqual(indexable.sort());
});
