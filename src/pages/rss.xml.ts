import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { questionPath } from '../lib/paths.ts';
import { ui } from '../lib/ui-strings.ts';

/** Question pages, newest change first; an updated page reappears with its new date. */
export const GET: APIRoute = async ({ site }) => {
	const { questions } = await loadSite();
	const items = [...questions]
		.sort((a, b) => b.data.updated.localeCompare(a.data.updated))
		.map((question) => ({
			title: question.data.title,
			description: question.data.shortAnswer,
			link: questionPath(question.id),
			pubDate: new Date(`${question.data.updated}T00:00:00Z`),
			categories: question.data.keywords,
		}));
	return rss({
		title: ui.siteName,
		description: ui.home.description,
		site: site!,
		items,
		trailingSlash: true,
	});
};
