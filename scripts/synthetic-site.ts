// Builds a throwaway copy of the project whose content holds N question pages made from the real
// templates: each generated page is a real page with its own slug, title, description and a body of
// varied words, so the index and the build do the work a site of that size would. Used by the
// search budget and the build benchmark; the copy lives in the system temp folder.
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
		.map((name) => readFileSync(join(root, 'content/questions', name), 'utf8'))
		.join(' ');
	return [...new Set(text.match(/[A-Za-z][A-Za-z_-]{2,}|\d{3,4}/g) ?? [])];
}

/** Writes a project copy with `pages` generated question pages beside the real ones; returns its folder. */
export function createSyntheticProject(pages: number): string {
	const dir = mkdtempSync(join(tmpdir(), `triage-synthetic-${pages}-`));
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
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	// Each generated page is a real page with its own slug, title and description, and a paragraph
	// of words drawn from the whole site, so the index grows as a larger site of such pages would.
	const templates = readdirSync(join(root, 'content/questions')).map((name) =>
		readFileSync(join(root, 'content/questions', name), 'utf8'),
	);
	const words = vocabulary();
	const next = random(pages);
	const pick = (count: number) =>
		Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
	for (let index = 1; index <= pages; index += 1) {
		const template = templates[index % templates.length]!;
		const title = `Synthetic question ${index}: ${pick(3)}`.slice(0, 60);
		const description =
			`Synthetic page ${index} for measuring builds and search: ${pick(12)}`.slice(0, 158);
		const page = template
			.replace(/^title: .*$/m, `title: '${title}'`)
			.replace(/^description: .*$/m, `description: '${description}'`)
			.replace(/\n---\n/, `\n---\n\n## Notes ${index}\n\n${pick(60)}\n\n`);
		writeFileSync(join(dir, 'content/questions', `synthetic-question-${index}.mdx`), page);
	}
	return dir;
}

/** Removes a synthetic project. */
export function removeSyntheticProject(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
