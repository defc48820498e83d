import type { APIRoute } from 'astro';
import { loadIndexedPages } from '../data/index.ts';
import { sitemapXml } from '../lib/site-index.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(sitemapXml(await loadIndexedPages(), site!), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
