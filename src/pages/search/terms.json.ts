import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { providerPath, questionPath } from '../../lib/paths.ts';
import { messageKey } from '../../lib/search/fold-message.ts';
import { causeLabels } from '../../lib/ui-strings.ts';
import type { SearchTerms } from '../../components/search/search-engine.ts';

/**
 * What search needs besides Pagefind's index, fetched with it rather than carried by every page:
 * every exact error message with the pages that quote it (the page that fixes it, then its
 * providers' pages), so a pasted message lands on its fix; the words a misspelt provider name is
 * corrected to; and the order filter values are listed in.
 */
export const GET: APIRoute = async () => {
	const { errors, providers } = await loadSite();
	const pages: string[] = [];
	const pageIndex = (path: string) => {
		if (!pages.includes(path)) pages.push(path);
		return pages.indexOf(path);
	};
	const messages: SearchTerms['messages'] = {};
	for (const { data } of errors) {
		for (const { text } of data.messages) {
			const quoting = (messages[messageKey(text)] ??= []);
			for (const path of [questionPath(data.page), ...data.providers.map(providerPath)]) {
				const index = pageIndex(path);
				if (!quoting.includes(index)) quoting.push(index);
			}
		}
	}
	const terms: SearchTerms = {
		pages,
		messages,
		// Ids and every word of the providers' names.
		names: [
			...new Set(
				providers
					.flatMap((provider) => [
						provider.id,
						...`${provider.name} ${provider.shortName}`.split(/[^A-Za-z.]+/),
					])
					.filter((word) => word.length >= 4),
			),
		],
		causeOrder: Object.values(causeLabels),
		providerOrder: providers.map((provider) => provider.shortName),
	};
	return new Response(JSON.stringify(terms), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
