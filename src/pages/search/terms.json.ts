import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { causeLabels } from '../../lib/ui-strings.ts';
import type { SearchTerms } from '../../components/search/search-engine.ts';

/**
 * What search needs besides Pagefind's index, fetched with it rather than carried by every page:
 * the words a misspelt provider name is corrected to, and the order filter values are listed in.
 * The exact messages are split by key into /search/messages/<shard>.json.
 */
export const GET: APIRoute = async () => {
	const { providers } = await loadSite();
	const terms: SearchTerms = {
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
