import { providerPath, questionPath } from './paths.ts';
import { LANGUAGE_TAG, basePath, localePath, type Locale } from './i18n.ts';
import { uiFor } from './ui-strings.ts';

/** A page as the sitemap and llms.txt list it. */
export interface IndexedPage {
	/** What the page is, for grouping in llms.txt. */
	kind: 'home' | 'question' | 'provider' | 'tool';
	/** The edition the page is in. */
	locale: Locale;
	path: string;
	title: string;
	description: string;
	/** YYYY-MM-DD of the last content change. */
	lastmod: string;
}

function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The sitemap document: one `<url>` per page with its absolute location and `lastmod`, and, for a
 * page that exists in more than one edition, an `xhtml:link` alternate for each edition (itself
 * included) and `x-default` (the English page), as search engines ask.
 */
export function sitemapXml(pages: readonly IndexedPage[], site: URL): string {
	const editions = Map.groupBy(pages, (page) => basePath(page.path));
	const href = (path: string) => escapeXml(new URL(path, site).href);
	const urls = pages.map((page) => {
		const same = editions.get(basePath(page.path)) ?? [];
		const english = same.find((edition) => edition.locale === 'en');
		const alternates =
			same.length > 1
				? [
						...same.map(
							(edition) =>
								`<xhtml:link rel="alternate" hreflang="${LANGUAGE_TAG[edition.locale]}" href="${href(edition.path)}"/>`,
						),
						...(english
							? [`<xhtml:link rel="alternate" hreflang="x-default" href="${href(english.path)}"/>`]
							: []),
					].join('')
				: '';
		return `  <url><loc>${href(page.path)}</loc><lastmod>${page.lastmod}</lastmod>${alternates}</url>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt that allows everything and names the sitemap. */
export function robotsTxt(site: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}

/** The content a site index needs from the collections. */
export interface IndexInput {
	questions: ReadonlyArray<{
		id: string;
		data: { title: string; description: string; updated: string };
	}>;
	providers: ReadonlyArray<{ id: string; name: string; shortName: string; updated: string }>;
	home: { title: string; description: string };
	/** The edition; English when left out. */
	locale?: Locale;
}

/** Every indexable page of one edition, home first, then questions, then providers. */
export function indexedPages({
	questions,
	providers,
	home,
	locale = 'en',
}: IndexInput): IndexedPage[] {
	const ui = uiFor(locale);
	const at = (path: string) => localePath(path, locale);
	const newest =
		[...questions.map((q) => q.data.updated), ...providers.map((p) => p.updated)].sort().at(-1) ??
		'1970-01-01';
	const providerPages = providers.map((p) => ({
		kind: 'provider' as const,
		locale,
		path: at(providerPath(p.id)),
		title: ui.provider.pageTitle(p.shortName),
		description: ui.provider.pageDescription(p.shortName),
		lastmod: p.updated,
	}));
	return [
		{
			kind: 'home',
			locale,
			path: at('/'),
			title: home.title,
			description: home.description,
			lastmod: newest,
		},
		...questions.map((q) => ({
			kind: 'question' as const,
			locale,
			path: at(questionPath(q.id)),
			title: q.data.title,
			description: q.data.description,
			lastmod: q.data.updated,
		})),
		{
			kind: 'provider',
			locale,
			path: at('/providers/'),
			title: ui.provider.overviewTitle,
			description: ui.provider.overviewDescription,
			lastmod:
				providers
					.map((p) => p.updated)
					.sort()
					.at(-1) ?? newest,
		},
		...providerPages,
		{
			kind: 'tool',
			locale,
			path: at('/search/'),
			title: ui.search.pageTitle,
			description: ui.search.pageDescription,
			lastmod: newest,
		},
		{
			kind: 'tool',
			locale,
			path: at('/decode/'),
			title: ui.decoder.title,
			description: ui.decoder.description,
			lastmod: newest,
		},
	];
}

/** llms.txt: the site in Markdown for language-model crawlers (see llmstxt.org). */
export function llmsTxt(
	pages: readonly IndexedPage[],
	site: URL,
	intro: { name: string; summary: string },
): string {
	const link = (page: IndexedPage) =>
		`- [${page.title}](${new URL(page.path, site).href}): ${page.description}`;
	const section = (kind: IndexedPage['kind'], locale: Locale) =>
		pages.filter((page) => page.kind === kind && page.locale === locale).map(link);
	const chinese = pages.some((page) => page.locale === 'zh');
	return [
		`# ${intro.name}`,
		'',
		`> ${intro.summary}`,
		'',
		'## Questions',
		'',
		...section('question', 'en'),
		'',
		'## Providers',
		'',
		...section('provider', 'en'),
		'',
		'## Tools',
		'',
		...section('tool', 'en'),
		'',
		// The Chinese edition: the same pages, written for developers who read Chinese.
		...(chinese
			? [
					'## 问题（简体中文）',
					'',
					...section('question', 'zh'),
					'',
					'## 服务商（简体中文）',
					'',
					...section('provider', 'zh'),
					'',
					'## 工具（简体中文）',
					'',
					...section('tool', 'zh'),
					'',
				]
			: []),
	].join('\n');
}
