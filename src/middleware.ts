import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from './lib/build/rendered-pages.ts';
import { keepUsedHashes } from './lib/csp-hashes.ts';
import { stripIndexOnly } from './lib/search/index-only.ts';

/**
 * Finishes every HTML page in memory as it is rendered, so no step reads the built pages back:
 * the page as rendered goes to the search indexer (src/integrations/pagefind-index.ts), and the
 * reader gets it without the markup only the indexer reads and without CSP hashes it does not use.
 */
export const onRequest = defineMiddleware(async ({ url }, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	pageRendered(url.pathname, html);
	return new Response(keepUsedHashes(stripIndexOnly(html)), response);
});
