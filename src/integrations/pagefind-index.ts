import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listenToRenderedPages } from '../lib/build/rendered-pages.ts';
import { PAGEFIND_SETTINGS, finishPagefindOutput } from './pagefind-output.ts';

/**
 * Builds the Pagefind index into `dist/pagefind/` during `astro build`, with Pagefind's Node API,
 * so a build is always searchable and no separate CLI step can be forgotten. Pagefind indexes in
 * its own process: src/middleware.ts hands it each page as rendered (with the markup only the
 * indexer reads, which the written page no longer has), so indexing runs beside page rendering
 * rather than after it. Once the pages are built, it writes the index, and the build checks the
 * output and trims what results never show (see pagefind-output.ts).
 */
export function pagefindIndex(): AstroIntegration {
	let pages: Array<Promise<pagefind.NewFileResponse>> = [];
	let index: pagefind.PagefindIndex | undefined;
	return {
		name: 'llm-api-triage:pagefind',
		hooks: {
			'astro:build:start': async () => {
				const started = await createPagefindIndex();
				index = started;
				pages = [];
				listenToRenderedPages((url, content) => {
					pages.push(started.addHTMLFile({ url, content }));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				listenToRenderedPages(undefined);
				try {
					if (!index || pages.length === 0)
						throw new Error(
							'No page reached the Pagefind index; src/middleware.ts hands them over.',
						);
					const errors = (await Promise.all(pages)).flatMap((page) => page.errors);
					if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
					const outDir = fileURLToPath(dir);
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
					// One index holds both editions (Pagefind splits it by <html lang>); each edition
					// has its own exact-message map.
					const finished = await finishPagefindOutput(`${outDir}/pagefind`, [
						`${outDir}/search/messages`,
						`${outDir}/zh/search/messages`,
					]);
					logger.info(
						`indexed ${pages.length} pages; ${finished.fragments} result fragments; ${finished.shards} message files`,
					);
				} finally {
					// The service is a child process: close it whether the build succeeded or not.
					await pagefind.close();
				}
			},
		},
	};
}

/**
 * A new Pagefind index with the site's settings (PAGEFIND_SETTINGS). Pagefind reads its index
 * chunk size from the environment of its service process, which `createIndex` starts, so the
 * variable is set here, just before.
 */
export async function createPagefindIndex(): Promise<pagefind.PagefindIndex> {
	for (const [name, value] of Object.entries(PAGEFIND_SETTINGS.environment))
		process.env[name] = value;
	const created = await pagefind.createIndex(PAGEFIND_SETTINGS.service);
	if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
	return created.index;
}
