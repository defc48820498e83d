// Builds a throwaway copy of the project whose content holds N question pages made from the real
// templates: each generated page is a real page with its own slug, title, description and a body of
// varied words, so the index and the build do the work a site of that size would. Used by the
// search budget and the build benchmark; the copy lives in the system temp folder.
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** A small deterministic generator, so the same N gives the same site. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 2 ** 32;
		return state / 2 ** 32;
	};
}

/** Words of the real content, to write bodies that index like real ones. */
function vocabulary(): string[] {
	const text = readdirSync(join(root, 'content/questions'))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readFileSync(join(root, 'content/questions', name), 'utf8'))
		.join(' ');
	return [...new Set(text.match(/[A-Za-z][A-Za-z_-]{2,}|\d{3,4}/g) ?? [])];
}

/**
 * The caches a build keeps in node_modules: Astro's data store, Vite's dependency scan, and ours
 * (the Open Graph images) under `.cache`.
 */
export const BUILD_CACHES = ['.astro', '.vite', '.cache'];

/**
 * A node_modules folder in `dir` that links every installed package of this checkout, but none
 * of the BUILD_CACHES: each copy builds from cold caches, as a fresh clone would, and never fills
 * this checkout's.
 */
function linkPackages(dir: string): void {
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (BUILD_CACHES.includes(entry)) continue;
		symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
}

/**
 * A throwaway copy of the project in the system temp folder (config, sources, content, public
 * files), with this checkout's packages but caches of its own; returns its folder.
 */
export function copyProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of [
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
		'src',
		'public',
		'content',
	]) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	linkPackages(dir);
	return dir;
}

/** Chinese words of the Chinese edition's pages: runs of Chinese characters cut into 2 to 4. */
function chineseVocabulary(): string[] {
	const folder = join(root, 'content/questions/zh');
	const text = readdirSync(folder)
		.map((name) => readFileSync(join(folder, name), 'utf8'))
		.join(' ');
	const words = new Set<string>();
	for (const [run] of text.matchAll(/[\u4e00-\u9fff]{2,}/gu)) {
		const chars = [...run];
		for (let start = 0; start + 2 <= chars.length; start += 2 + (start % 3))
			words.add(chars.slice(start, start + 2 + (start % 3)).join(''));
	}
	return [...words];
}

/**
 * Writes a project copy with `pages` generated question pages beside the real ones; returns its
 * folder. Each generated page has a Chinese edition too (`content/questions/zh/`), with a Chinese
 * title, description and paragraph of its own, so both editions' indexes grow as a site of that
 * size would.
 */
export function createSyntheticProject(pages: number): string {
	const dir = copyProject(`triage-synthetic-${pages}-`);
	// Each generated page is a real page with its own slug, title and description, and a paragraph
	// of words drawn from the whole site, so the index grows as a larger site of such pages would.
	// The paragraph opens with fixed words: MDX reads a line that starts with `import` or `export`
	// as JavaScript.
	const templates = readdirSync(join(root, 'content/questions'))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readFileSync(join(root, 'content/questions', name), 'utf8'));
	const zhFolder = join(root, 'content/questions/zh');
	const zhTemplates = readdirSync(join(root, 'content/questions'))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readFileSync(join(zhFolder, name), 'utf8'));
	const words = vocabulary();
	const chinese = chineseVocabulary();
	const next = random(pages);
	const pick = (count: number) =>
		Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
	const pickChinese = (count: number) =>
		Array.from({ length: count }, () => chinese[Math.floor(next() * chinese.length)]).join('');
	for (let index = 1; index <= pages; index += 1) {
		const template = templates[index % templates.length]!;
		const title = `Synthetic question ${index}: ${pick(3)}`.slice(0, 60);
		const description =
			`Synthetic page ${index} for measuring builds and search: ${pick(12)}`.slice(0, 158);
		const page = template
			.replace(/^title: .*$/m, `title: '${title}'`)
			.replace(/^description: .*$/m, `description: '${description}'`)
			.replace(/\n---\n/, `\n---\n\n## Notes ${index}\n\nThese notes say: ${pick(60)}\n\n`);
		writeFileSync(join(dir, 'content/questions', `synthetic-question-${index}.mdx`), page);
		// Facts (the page number) only where the English page has them; widths and lengths within
		// the Chinese limits the content check holds translations to.
		const zhTemplate = zhTemplates[index % zhTemplates.length]!;
		const zhPage = zhTemplate
			.replace(/^title: .*$/m, `title: '合成问题 ${index}：${pickChinese(4)}'`)
			.replace(
				/^description: .*$/m,
				`description: '用于测量构建与搜索的合成页面 ${index}：${pickChinese(18)}'`,
			)
			.replace(/\n---\n/, `\n---\n\n## 笔记\n\n这些笔记写道：${pickChinese(60)}\n\n`);
		writeFileSync(join(dir, 'content/questions/zh', `synthetic-question-${index}.mdx`), zhPage);
	}
	return dir;
}

/**
 * Runs `astro build` in the project copy at `dir`, or `command` (a wrapper around it, run in
 * `dir`); throws with the build's output when it fails.
 */
export function buildProject(
	dir: string,
	command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
): SpawnSyncReturns<string> {
	const build = spawnSync(command[0]!, command.slice(1), {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		// Vite warns once per MDX file; the default 1 MB buffer would cut the build off.
		maxBuffer: 512 * 1024 * 1024,
	});
	if (build.status !== 0)
		throw new Error(`build in ${dir} failed:\n${build.stdout}\n${build.stderr}`);
	return build;
}

/** Removes a synthetic project. */
export function removeSyntheticProject(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** The files of a bare Astro project: MDX only, one trivial layout, no integration of ours. */
const bareFiles: Record<string, string> = {
	'package.json': '{ "type": "module" }\n',
	'astro.config.mjs': [
		"import mdx from '@astrojs/mdx';",
		"import { defineConfig } from 'astro/config';",
		'export default defineConfig({ integrations: [mdx()] });',
	].join('\n'),
	'src/content.config.ts': [
		"import { defineCollection } from 'astro:content';",
		"import { glob } from 'astro/loaders';",
		'export const collections = {',
		"\tquestions: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/questions' }) }),",
		'};',
	].join('\n'),
	// The MDX bodies use one component of ours; a stub keeps them renderable without it.
	'src/components/Stub.astro': '<div></div>\n',
	'src/pages/[slug].astro': [
		'---',
		"import { getCollection, render } from 'astro:content';",
		"import Stub from '../components/Stub.astro';",
		'export async function getStaticPaths() {',
		"\tconst entries = await getCollection('questions');",
		'\treturn entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
		'}',
		'const { entry } = Astro.props;',
		'const { Content } = await render(entry);',
		'---',
		'<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
		'<body><h1>{entry.data.title}</h1><Content components={{ RequestBuilder: Stub }} /></body></html>',
	].join('\n'),
};

/**
 * Writes a bare Astro project (only @astrojs/mdx, a trivial layout) that renders the question
 * pages of the project in `from`, the baseline the build benchmark compares ours with.
 */
export function createBareProject(from: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'triage-bare-'));
	cpSync(join(from, 'content/questions'), join(dir, 'content/questions'), { recursive: true });
	for (const [path, text] of Object.entries(bareFiles)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	linkPackages(dir);
	return dir;
}
