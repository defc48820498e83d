import type { APIRoute } from 'astro';
import { loadIndexedPages } from '../data/index.ts';
import { llmsTxt } from '../lib/site-index.ts';
import { ui } from '../lib/ui-strings.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(
		llmsTxt(await loadIndexedPages(), site!, { name: ui.siteName, summary: ui.home.description }),
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
