import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent, findStaleSources } from '../lib/content/check-content.ts';
import { loadContentSet, loadTranslationSet } from '../lib/content/load-content-node.ts';
import { checkTranslations, type MissingTranslations } from '../lib/content/translations.ts';
import { formatProblems } from '../lib/content/problems.ts';

/** Every problem in the content under `root`, from reading, schemas and references. */
export function findContentProblems(root: string) {
	return problemsIn(root, loadContentSet(root));
}

/**
 * The English content's problems and the Chinese edition's (a translation that states a fact its
 * English page lacks, drops a URL, changes code or leaves English prose). A page with no
 * translation yet is not a problem: it is only not published in Chinese.
 */
function problemsIn(root: string, content: ReturnType<typeof loadContentSet>) {
	return checkAll(root, content).problems;
}

function checkAll(root: string, { set, problems }: ReturnType<typeof loadContentSet>) {
	const zh = loadTranslationSet(root);
	const translations = checkTranslations(set, zh.set);
	return {
		problems: [...problems, ...checkContent(set), ...zh.problems, ...translations.problems],
		missing: translations.missing,
	};
}

/** One line per collection with entries that have no Chinese text yet (not published in Chinese). */
export function missingTranslationLines(missing: MissingTranslations): string[] {
	return Object.entries(missing)
		.filter(([, ids]) => ids.length > 0)
		.map(
			([collection, ids]) =>
				`no Chinese text yet for ${collection} (${ids.length}; not published in /zh/ until translated): ${ids.join(', ')}`,
		);
}

/**
 * Checks all content before Astro loads it, so a broken file stops `astro build` with a message
 * naming the file and the field (Astro's own schema errors name neither the file nor references).
 * In dev, it checks again on every content change and logs what it finds.
 */
export function contentCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'llm-api-triage:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				const today = new Date().toISOString().slice(0, 10);
				// Read and parsed once: on a large site the YAML parse is most of the check's cost.
				const content = loadContentSet(root);
				for (const { file, field, checked, days } of findStaleSources(content.set, today)) {
					logger.warn(
						`${file} › ${field}: checked ${checked}, ${days} days ago; check the source again`,
					);
				}
				const { problems, missing } = checkAll(root, content);
				for (const line of missingTranslationLines(missing)) logger.warn(line);
				if (problems.length > 0 && command !== 'dev') {
					throw new AstroError(
						formatProblems(problems),
						'Fix the fields named above; the schemas are in src/schemas/.',
					);
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				const report = () => {
					const problems = findContentProblems(root);
					if (problems.length > 0) logger.error(formatProblems(problems));
				};
				report();
				server.watcher.on('all', (_event, path) => {
					if (path.replaceAll('\\', '/').includes('/content/')) report();
				});
			},
		},
	};
}
