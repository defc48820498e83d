import { providerPath, questionPath } from './paths.ts';
import { ui } from './ui-strings.ts';

/** A page as the sitemap and llms.txt list it. */
export interface IndexedPage {
	/** What the page is, for grouping in llms.txt. */
	kind: 'home' | 'question' | 'provider' | 'tool';
	path: string;
	title: string;
	description: string;
	/** YYYY-MM-DD of the last content change. */
	lastmod: string;
}

function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The sitemap document: one `<url>` per page with its absolute location and `lastmod`. */
export function sitemapXml(pages: readonly IndexedPage[], site: URL): string {
	const urls = pages.map(
		(page) =>
			`  <url><loc>${escapeXml(new URL(page.path, site).href)}</loc><lastmod>${page.lastmod}</lastmod></url>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
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
}

/** Every indexable page, home first, then questions, then providers. */
export function indexedPages({ questions, providers, home }: IndexInput): IndexedPage[] {
	const newest =
		[...questions.map((q) => q.data.updated), ...providers.map((p) => p.updated)].sort().at(-1) ??
		'1970-01-01';
	const providerPages = providers.map((p) => ({
		kind: 'provider' as const,
		path: providerPath(p.id),
		title: ui.provider.pageTitle(p.shortName),
		description: ui.provider.pageDescription(p.shortName),
		lastmod: p.updated,
	}));
	return [
		{ kind: 'home', path: '/', title: home.title, description: home.description, lastmod: newest },
		...questions.map((q) => ({
			kind: 'question' as const,
			path: questionPath(q.id),
			title: q.data.title,
			description: q.data.description,
			lastmod: q.data.updated,
		})),
		{
			kind: 'provider',
			path: '/providers/',
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
			path: '/search/',
			title: ui.search.pageTitle,
			description: ui.search.pageDescription,
			lastmod: newest,
		},
		{
			kind: 'tool',
			path: '/decode/',
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
	const section = (kind: IndexedPage['kind']) =>
		pages.filter((page) => page.kind === kind).map(link);
	return [
		`# ${intro.name}`,
		'',
		`> ${intro.summary}`,
		'',
		'## Questions',
		'',
		...section('question'),
		'',
		'## Providers',
		'',
		...section('provider'),
		'',
		'## Tools',
		'',
		...section('tool'),
		'',
	].join('\n');
}
