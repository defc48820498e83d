import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';

const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');
// Examples are fenced blocks whose info string names the file they would be: ```yaml file=content/…
const examples = [...readme.matchAll(/(`{3,4})(?:yaml|mdx) file=(\S+)\n([\s\S]*?)\n\1\n/g)].map(
	([, , path, text]) => ({
		path: path!,
		text: text!,
	}),
);

function dataOf({ path, text }: { path: string; text: string }): unknown {
	const yaml = path.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : text;
	if (yaml === undefined) throw new Error(`${path}: the example has no frontmatter`);
	return parse(yaml, { schema: 'core' });
}

describe('README examples', () => {
	it('include a provider, an error signature and a question page', () => {
		expect(examples.map((example) => example.path.split('/')[1])).toEqual([
			'providers',
			'errors',
			'questions',
		]);
	});

	it('pass the content check when added to the real content', () => {
		const { set } = loadContentSet(root);
		for (const example of examples) {
			const collection = example.path.split('/')[1] as 'providers' | 'errors' | 'questions';
			const body = example.path.endsWith('.mdx')
				? example.text.replace(/^---\n[\s\S]*?\n---\n/, '')
				: undefined;
			set[collection].push({
				path: example.path,
				data: dataOf(example),
				...(body === undefined ? {} : { body }),
			});
		}
		const problems = checkContent(set);
		expect(problems, formatProblems(problems)).toEqual([]);
	});
});
