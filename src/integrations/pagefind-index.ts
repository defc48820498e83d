import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { stripIndexOnly } from '../lib/search/index-only.ts';
import { idsInTerms, rechunkPagefind, trimFragments } from './pagefind-rechunk.ts';
import { rewriteHtmlFiles } from './rewrite-html.ts';

/**
 * Word positions per index chunk after re-splitting (Pagefind's own chunks hold about 20,000): small
 * enough that a query's chunks are mostly its own words, large enough to keep the chunk list in
 * the meta file short. With positions kept per word and page, tuned on the 1,000-page synthetic
 * site of scripts/search-budget.ts.
 */
const CHUNK_UNITS = 5000;
const POSITIONS_PER_PAGE = 12;

/**
 * Builds the Pagefind index into `dist/pagefind/` at the end of `astro build`, with Pagefind's
 * Node API, so a build is always searchable and no separate CLI step can be forgotten. Then it
 * re-splits the word index into small chunks and empties the result fragments' page text (see
 * pagefind-rechunk.ts), and takes the markup only the indexer reads out of the pages.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'llm-api-triage:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// Code blocks repeat what the text around them says (and error bodies are indexed
				// with the page's messages); leaving them out keeps the index a reader downloads small.
				const { index, errors } = await pagefind.createIndex({
					excludeSelectors: ['[data-block="body"] pre'],
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length > 0)
					throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
				await pagefind.close();
				const chunks = await rechunkPagefind(`${outDir}/pagefind`, CHUNK_UNITS, POSITIONS_PER_PAGE);
				await idsInTerms(`${outDir}/search/terms.json`, await trimFragments(`${outDir}/pagefind`));
				logger.info(
					`indexed ${added.page_count} pages; ${chunks.before} index chunks re-split into ${chunks.after}`,
				);
				await rewriteHtmlFiles(outDir, stripIndexOnly);
			},
		},
	};
}
