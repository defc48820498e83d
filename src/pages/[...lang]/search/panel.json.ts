import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import SearchPanel from '../../../components/search/SearchPanel.astro';
import { localeStaticPaths, localeOf } from '../../../lib/i18n.ts';

export const getStaticPaths = (() => localeStaticPaths(() => ({}))) satisfies GetStaticPaths;

/**
 * The header dialog's search panel, as HTML in JSON: no page carries its markup for readers who
 * never search; the first opening fetches this (the /search/ page renders the same component).
 */
export const GET: APIRoute = async ({ params }) => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(SearchPanel, {
		props: { id: 'site-search', locale: localeOf(params.lang) },
	});
	return new Response(JSON.stringify({ html }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
