import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { providerPath, questionPath } from '../../lib/paths.ts';
import { foldMessage } from '../../lib/search/fold-message.ts';

/**
 * Every exact error message and the pages that quote it (the page that fixes it, then its
 * providers' pages), so a pasted message lands on its fix. Fetched with the search index.
 */
export const GET: APIRoute = async () => {
	const { errors } = await loadSite();
	const map: Record<string, string[]> = {};
	for (const { data } of errors) {
		for (const { text } of data.messages) {
			const pages = (map[foldMessage(text)] ??= []);
			for (const path of [questionPath(data.page), ...data.providers.map(providerPath)]) {
				if (!pages.includes(path)) pages.push(path);
			}
		}
	}
	return new Response(JSON.stringify(map), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
