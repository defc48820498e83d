import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { toBuilderProvider } from '../../lib/snippets/builder-state.ts';

/** Provider data for the request builder, fetched by the browser on first use of the builder. */
export const GET: APIRoute = async () => {
	const { providers } = await loadSite();
	return new Response(JSON.stringify(providers.map(toBuilderProvider)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
