import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index into `dist/pagefind/` at the end of `astro build`, with Pagefind's
 * Node API, so a build is always searchable and no separate CLI step can be forgotten.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'llm-api-triage:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length > 0)
					throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
				logger.info(`indexed ${added.page_count} pages`);
				await pagefind.close();
			},
		},
	};
}
