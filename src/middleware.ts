import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from './lib/build/rendered-pages.ts';
import { keepUsedHashes } from './lib/csp-hashes.ts';
import { stripIndexOnly } from './lib/search/index-only.ts';
import { localeOfPath, localizeLinks } from './lib/i18n.ts';

/**
 * Finishes every HTML page in memory as it is rendered, so no step reads the built pages back:
 * the page as rendered goes to the search indexer (src/integrations/pagefind-index.ts), and the
 * reader gets it without the markup only the indexer reads and without CSP hashes it does not use.
 * A Chinese page's links to other pages are moved into the Chinese edition first.
 */
export const onRequest = defineMiddleware(async ({ url }, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const rendered = await response.text();
	// A Chinese page's links stay in the Chinese edition (see localizeLinks).
	const html = localeOfPath(url.pathname) === 'zh' ? localizeLinks(rendered) : rendered;
	pageRendered(url.pathname, html);
	return new Response(keepUsedHashes(stripIndexOnly(html)), response);
});
