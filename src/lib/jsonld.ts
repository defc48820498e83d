import type {
	BreadcrumbList,
	FAQPage,
	Graph,
	HowTo,
	HowToStep,
	ListItem,
	Organization,
	Question,
	TechArticle,
	Thing,
	WebPage,
} from 'schema-dts';
import { LANGUAGE_TAG, localePath, type Locale } from './i18n.ts';

/** A link in the breadcrumb trail: a site path in English, localised where it is printed. */
export interface Crumb {
	name: string;
	path: string;
}

/** A node of a page's graph: any schema.org type as an object (schema-dts also allows bare text). */
export type GraphNode = Exclude<Thing, string>;

/**
 * One `@graph` holding every node of the page, as search engines prefer. The nodes are schema-dts
 * types, so `astro check` rejects an unknown `@type`, a misspelt property or a value of the wrong
 * kind wherever a graph is built. (A node built inside a callback, as in `.map`, needs the
 * callback's return type annotated: without it TypeScript does not check for unknown properties.)
 */
export function graph(nodes: readonly GraphNode[]): Graph {
	return { '@context': 'https://schema.org', '@graph': nodes };
}

/** The breadcrumb trail, each item with an absolute URL in the page's edition. */
export function breadcrumbList(
	crumbs: readonly Crumb[],
	site: URL,
	locale: Locale,
): BreadcrumbList {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index): ListItem => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: new URL(localePath(crumb.path, locale), site).href,
		})),
	};
}

/** What a question page holds, in the words the reader sees. */
export interface QuestionGraphInput {
	url: string;
	title: string;
	description: string;
	published: string;
	updated: string;
	keywords: readonly string[];
	steps: readonly string[];
	faq: ReadonlyArray<{ q: string; a: string }>;
	crumbs: readonly Crumb[];
	site: URL;
	publisher: string;
	locale: Locale;
}

/**
 * TechArticle, FAQPage and BreadcrumbList for a question page (`page`), and its HowTo (`steps`).
 * The page places each graph beside the text it repeats, the HowTo after the steps and the rest
 * after the FAQ, so gzip sends that text once rather than twice.
 */
export function questionGraphs(input: QuestionGraphInput): { page: Graph; steps: Graph } {
	const publisher: Organization = {
		'@type': 'Organization',
		name: input.publisher,
		url: new URL(localePath('/', input.locale), input.site).href,
	};
	const article: TechArticle = {
		'@type': 'TechArticle',
		'@id': `${input.url}#article`,
		headline: input.title,
		description: input.description,
		datePublished: input.published,
		dateModified: input.updated,
		keywords: input.keywords.join(', '),
		inLanguage: LANGUAGE_TAG[input.locale],
		url: input.url,
		mainEntityOfPage: input.url,
		author: publisher,
		publisher,
	};
	const howTo: HowTo = {
		'@type': 'HowTo',
		'@id': `${input.url}#steps`,
		name: input.title,
		step: input.steps.map((text, index): HowToStep => ({
			'@type': 'HowToStep',
			position: index + 1,
			text,
		})),
	};
	const faq: FAQPage = {
		'@type': 'FAQPage',
		'@id': `${input.url}#faq`,
		mainEntity: input.faq.map(({ q, a }): Question => ({
			'@type': 'Question',
			name: q,
			acceptedAnswer: { '@type': 'Answer', text: a },
		})),
	};
	return {
		page: graph([article, faq, breadcrumbList(input.crumbs, input.site, input.locale)]),
		steps: graph([howTo]),
	};
}

/** A graph as the text of a JSON-LD script element (`<` escaped, so it cannot close the element). */
export function jsonLdText(value: Graph): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** WebPage and BreadcrumbList for every other page. */
export function pageGraph(input: {
	url: string;
	title: string;
	description: string;
	crumbs: readonly Crumb[];
	site: URL;
	locale: Locale;
	updated?: string;
}): Graph {
	const page: WebPage = {
		'@type': 'WebPage',
		'@id': input.url,
		name: input.title,
		description: input.description,
		url: input.url,
		inLanguage: LANGUAGE_TAG[input.locale],
		...(input.updated ? { dateModified: input.updated } : {}),
	};
	return graph([page, breadcrumbList(input.crumbs, input.site, input.locale)]);
}

/** Breadcrumbs and WebPage graph of a page one level below home (providers, search, decoder). */
export function sectionPage(input: {
	path: string;
	name: string;
	homeName: string;
	title: string;
	description: string;
	site: URL;
	locale: Locale;
}): { crumbs: Crumb[]; jsonLd: Graph } {
	const crumbs = [
		{ name: input.homeName, path: '/' },
		{ name: input.name, path: input.path },
	];
	const jsonLd = pageGraph({
		url: new URL(localePath(input.path, input.locale), input.site).href,
		title: input.title,
		description: input.description,
		crumbs,
		site: input.site,
		locale: input.locale,
	});
	return { crumbs, jsonLd };
}
