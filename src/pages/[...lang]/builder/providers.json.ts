import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { localeStaticPaths, localeOf } from '../../../lib/i18n.ts';
import { toBuilderProvider } from '../../../lib/snippets/builder-state.ts';

export const getStaticPaths = (() => localeStaticPaths(() => ({}))) satisfies GetStaticPaths;

/** Provider data for the request builder (labels in the page's edition), fetched on first use. */
export const GET: APIRoute = async ({ params }) => {
	const { providers } = await loadSite(localeOf(params.lang));
	return new Response(JSON.stringify(providers.map(toBuilderProvider)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
