import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listenToRenderedPages } from '../lib/build/rendered-pages.ts';
import { idsInTerms, rechunkPagefind, trimFragments } from './pagefind-rechunk.ts';

/**
 * Word positions per index chunk after re-splitting (Pagefind's own chunks hold about 20,000): small
 * enough that a query's chunks are mostly its own words, large enough to keep the chunk list in
 * the meta file short. With positions kept per word and page, tuned on the 1,000-page synthetic
 * site of scripts/search-budget.ts.
 */
const CHUNK_UNITS = 5000;
const POSITIONS_PER_PAGE = 12;

/**
 * Builds the Pagefind index into `dist/pagefind/` during `astro build`, with Pagefind's Node API,
 * so a build is always searchable and no separate CLI step can be forgotten. Pagefind indexes in
 * its own process: src/middleware.ts hands it each page as rendered (with the markup only the
 * indexer reads, which the written page no longer has), so indexing runs beside page rendering
 * rather than after it. Once the pages are built, it writes the index, re-splits the word index
 * into small chunks and empties the result fragments' page text (see pagefind-rechunk.ts).
 */
export function pagefindIndex(): AstroIntegration {
	let pages: Array<Promise<pagefind.NewFileResponse>> = [];
	let index: pagefind.PagefindIndex | undefined;
	return {
		name: 'llm-api-triage:pagefind',
		hooks: {
			'astro:build:start': async () => {
				// Code blocks repeat what the text around them says (and error bodies are indexed
				// with the page's messages); leaving them out keeps the index a reader downloads small.
				const created = await pagefind.createIndex({
					excludeSelectors: ['[data-block="body"] pre'],
				});
				if (!created.index)
					throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
				const started = created.index;
				index = started;
				pages = [];
				listenToRenderedPages((url, content) => {
					pages.push(started.addHTMLFile({ url, content }));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				listenToRenderedPages(undefined);
				if (!index || pages.length === 0)
					throw new Error('No page reached the Pagefind index; src/middleware.ts hands them over.');
				const errors = (await Promise.all(pages)).flatMap((page) => page.errors);
				if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
				const outDir = fileURLToPath(dir);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
				await pagefind.close();
				const chunks = await rechunkPagefind(`${outDir}/pagefind`, CHUNK_UNITS, POSITIONS_PER_PAGE);
				await idsInTerms(`${outDir}/search/terms.json`, await trimFragments(`${outDir}/pagefind`));
				logger.info(
					`indexed ${pages.length} pages; ${chunks.before} index chunks re-split into ${chunks.after}`,
				);
			},
		},
	};
}
