import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site.ts';
import { LANGUAGE_TAG, localePath, localeStaticPaths, localeOf } from '../../lib/i18n.ts';
import { questionPath } from '../../lib/paths.ts';
import { uiFor } from '../../lib/ui-strings.ts';

export const getStaticPaths = (() => localeStaticPaths(() => ({}))) satisfies GetStaticPaths;

/** Question pages of one edition, newest change first; an updated page reappears with its new date. */
export const GET: APIRoute = async ({ site, params }) => {
	const locale = localeOf(params.lang);
	const ui = uiFor(locale);
	const { questions } = await loadSite(locale);
	const items = [...questions]
		.sort((a, b) => b.data.updated.localeCompare(a.data.updated))
		.map((question) => ({
			title: question.data.title,
			description: question.data.shortAnswer,
			link: localePath(questionPath(question.id), locale),
			pubDate: new Date(`${question.data.updated}T00:00:00Z`),
			categories: question.data.keywords,
		}));
	return rss({
		title: ui.siteName,
		description: ui.home.description,
		site: new URL(localePath('/', locale), site!).href,
		items,
		trailingSlash: true,
		customData: `<language>${LANGUAGE_TAG[locale]}</language>`,
	});
};
