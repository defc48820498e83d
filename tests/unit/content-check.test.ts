import { describe, expect, it } from 'vitest';
import {
	checkContent,
	findStaleSources,
	type ContentSet,
} from '../../src/lib/content/check-content.ts';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';

const root = new URL('../..', import.meta.url).pathname;
const QUESTION = 'content/questions/glm-api-unauthorized.mdx';
const PROVIDER = 'content/providers/zhipu.yaml';
const ERROR = 'content/errors/zhipu-1000.yaml';

/** A deep copy of the real content, so each case breaks one thing in isolation. */
function realContent(): ContentSet {
	const { set, problems } = loadContentSet(root);
	expect(problems).toEqual([]);
	return structuredClone(set);
}

type Data = Record<string, any>;
function edit(set: ContentSet, path: string, change: (data: Data) => void): ContentSet {
	const file = [...set.questions, ...set.providers, ...set.errors].find(
		(candidate) => candidate.path === path,
	);
	if (!file) throw new Error(`fixture file ${path} is missing from content/`);
	change(file.data as Data);
	return set;
}

describe('checkContent on the real content', () => {
	it('finds no problem', () => {
		expect(formatProblems(checkContent(realContent()))).toBe('Content check failed: 0 problems.');
	});
});

// Each row breaks one field and names the problem the editor must see: file, field, message.
const cases: Array<{
	behaviour: string;
	file: string;
	change: (data: Data) => void;
	field: string | RegExp;
	message: RegExp;
}> = [
	{
		behaviour: 'a question names a provider that does not exist',
		file: QUESTION,
		change: (d) => d['providers'].push('zhipuu'),
		field: /^providers\[\d+\]$/,
		message: /no provider "zhipuu" exists; known providers: .*zhipu/,
	},
	{
		behaviour: 'a question relates to a page that does not exist',
		file: QUESTION,
		change: (d) => (d['related'] = ['no-such-page']),
		field: 'related[0]',
		message: /no question page "no-such-page" exists/,
	},
	{
		behaviour: 'a question lists an error signature that does not exist',
		file: QUESTION,
		change: (d) => d['errors'].push('zhipu-9999'),
		field: /^errors\[\d+\]$/,
		message: /no error signature "zhipu-9999" exists/,
	},
	{
		behaviour: 'an error signature points at a page that does not exist',
		file: ERROR,
		change: (d) => (d['page'] = 'missing-page'),
		field: 'page',
		message: /no question page "missing-page" exists/,
	},
	{
		behaviour: 'an error signature names a provider that does not exist',
		file: ERROR,
		change: (d) => (d['providers'] = ['glm']),
		field: 'providers[0]',
		message: /no provider "glm" exists/,
	},
	{
		behaviour: 'a malformed date',
		file: QUESTION,
		change: (d) => (d['updated'] = '2026-13-01'),
		field: 'updated',
		message: /expected a real date written as YYYY-MM-DD/,
	},
	{
		behaviour: 'a date in another format',
		file: PROVIDER,
		change: (d) => ((Object.values(d['sources'])[0] as Data)['checked'] = '25/11/2026'),
		field: /^sources\.[a-z0-9-]+\.checked$/,
		message: /expected a real date/,
	},
	{
		behaviour: 'a base URL without a scheme',
		file: PROVIDER,
		change: (d) => (d['regions'][0].openai.baseUrl = 'open.bigmodel.cn/api/paas/v4'),
		field: 'regions[0].openai.baseUrl',
		message: /expected an absolute http:\/\/ or https:\/\/ URL/,
	},
	{
		behaviour: 'a missing required field',
		file: QUESTION,
		change: (d) => delete d['shortAnswer'],
		field: 'shortAnswer',
		message: /required field is missing/,
	},
	{
		behaviour: 'a description longer than 160 characters',
		file: QUESTION,
		change: (d) => (d['description'] = 'x'.repeat(161)),
		field: 'description',
		message: /161 characters is too long; expected at most 160 characters/,
	},
	{
		behaviour: 'a description shorter than 70 characters',
		file: QUESTION,
		change: (d) => (d['description'] = 'Too short.'),
		field: 'description',
		message: /10 characters is too short; expected at least 70 characters/,
	},
	{
		behaviour: 'a misspelt field name',
		file: QUESTION,
		change: (d) => (d['shortanswer'] = 'x'),
		field: '',
		message: /unknown field "shortanswer"/,
	},
	{
		behaviour: 'a cause outside the list',
		file: ERROR,
		change: (d) => (d['cause'] = 'unauthorized'),
		field: 'cause',
		message: /received "unauthorized"; expected one of auth, permission/,
	},
	{
		behaviour: 'a fact citing a source the file does not define',
		file: PROVIDER,
		change: (d) => (d['envVar'].source = 'nowhere'),
		field: 'envVar.source',
		message: /no source "nowhere" in this file's `sources`/,
	},
	{
		behaviour: 'a builder preset with a region the provider lacks',
		file: QUESTION,
		change: (d) => (d['builder'].region = 'mars'),
		field: 'builder.region',
		message: /provider "zhipu" has no region "mars"/,
	},
	{
		behaviour: 'a builder preset with a model the provider does not list',
		file: QUESTION,
		change: (d) => (d['builder'].model = 'glm-0'),
		field: 'builder.model',
		message: /lists no model "glm-0"/,
	},
];

describe('checkContent names the file and the field', () => {
	it.each(cases)('$behaviour', ({ file, change, field, message }) => {
		const problems = checkContent(edit(realContent(), file, change));
		const match = problems.find(
			(problem) =>
				problem.file === file &&
				(typeof field === 'string' ? problem.field === field : field.test(problem.field)),
		);
		expect(match, formatProblems(problems)).toBeDefined();
		expect(match!.message).toMatch(message);
	});
});

describe('checks across pages', () => {
	it('requires the page an error points at to quote its message', () => {
		const set = edit(realContent(), ERROR, (d) =>
			d['messages'].push({
				text: 'A message no page quotes',
				lang: 'en',
				kind: 'observed',
				source: Object.keys(d['sources'])[0],
			}),
		);
		const problem = checkContent(set).find(
			(p) => p.file === ERROR && /^messages\[\d+\]\.text$/.test(p.field),
		);
		expect(problem?.message).toMatch(/does not quote this message; add it verbatim/);
	});

	it('rejects two pages with the same title or description', () => {
		const set = realContent();
		const copy = structuredClone(set.questions[0]!);
		copy.path = 'content/questions/copy-of-page.mdx';
		set.questions.push(copy);
		const fields = checkContent(set)
			.filter((p) => p.file === copy.path)
			.map((p) => p.field);
		expect(fields).toEqual(expect.arrayContaining(['title', 'description']));
	});

	it('validates a request builder embedded in an MDX body', () => {
		const set = realContent();
		const page = set.questions.find((file) => file.path === QUESTION)!;
		page.body = `${page.body}\n<RequestBuilder id="builder-x" provider="qwen" region="mars" format="openai" model="qwen-plus" />\n<RequestBuilder provider="qwen" />`;
		const problems = checkContent(set).filter((p) => p.file === QUESTION);
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^body <RequestBuilder> #\d+ region: provider "qwen" has no region "mars"/,
				),
				expect.stringMatching(
					/^body <RequestBuilder> #\d+: missing attributes id, region, format, model$/,
				),
			]),
		);
	});
});

describe('findStaleSources', () => {
	it('lists sources checked more than 180 days before today, oldest first', () => {
		const set = realContent();
		const provider = set.providers[0]!.data as Data;
		const [firstKey] = Object.keys(provider['sources']);
		provider['sources'][firstKey!].checked = '2020-01-01';
		const stale = findStaleSources(set, '2026-11-25');
		expect(stale[0]).toMatchObject({
			file: set.providers[0]!.path,
			field: `sources.${firstKey}.checked`,
			checked: '2020-01-01',
		});
		expect(findStaleSources(realContent(), '2026-11-25')).toEqual([]);
		expect(findStaleSources(realContent(), '2030-01-01').length).toBeGreaterThan(0);
	});
});

describe('formatProblems', () => {
	it('groups problems under their file, one line per field', () => {
		const text = formatProblems([
			{ file: 'content/a.yaml', field: 'x', message: 'bad x' },
			{ file: 'content/a.yaml', field: '', message: 'bad file' },
			{ file: 'content/b.mdx', field: 'faq[1].a', message: 'bad answer' },
		]);
		expect(text).toBe(
			[
				'Content check failed: 3 problems.',
				'',
				'content/a.yaml',
				'  x: bad x',
				'  (file): bad file',
				'',
				'content/b.mdx',
				'  faq[1].a: bad answer',
			].join('\n'),
		);
	});
});
