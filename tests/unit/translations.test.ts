import { describe, expect, it } from 'vitest';
import { loadContentSet, loadTranslationSet } from '../../src/lib/content/load-content-node.ts';
import { overlayText } from '../../src/lib/content/overlay.ts';
import {
	checkTranslations,
	displayWidth,
	englishLines,
	factTokens,
	fixedBlocks,
	newFacts,
	type TranslationSet,
} from '../../src/lib/content/translations.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { missingTranslationLines } from '../../src/integrations/content-check.ts';

const root = new URL('../..', import.meta.url).pathname;
const ID = 'glm-api-unauthorized';

function real() {
	const english = loadContentSet(root);
	const chinese = loadTranslationSet(root);
	expect([...english.problems, ...chinese.problems]).toEqual([]);
	return { set: english.set, zh: structuredClone(chinese.set) };
}

/** The real content with one change to the Chinese file of ID, and the problems that follow. */
function problemsAfter(change: (zh: TranslationSet) => void) {
	const { set, zh } = real();
	change(zh);
	return checkTranslations(set, zh).problems;
}

const question = (zh: TranslationSet) =>
	zh.questions.find((file) => file.path.endsWith(`/${ID}.mdx`))!;

describe('the Chinese edition as it stands', () => {
	it('has every page, provider and error in Chinese, with nothing the check rejects', () => {
		const { set, zh } = real();
		const { problems, missing } = checkTranslations(set, zh);
		expect(formatProblems(problems)).toBe('Content check failed: 0 problems.');
		expect(missing).toEqual({ questions: [], providers: [], errors: [] });
	});
});

describe('checkTranslations', () => {
	it('rejects a figure, code or model id the English page does not state', () => {
		const problems = problemsAfter((zh) => {
			question(zh).body += '\n另外，错误码 9999 表示 glm-9-ultra 不可用。\n';
		});
		expect(problems).toEqual([
			expect.objectContaining({
				field: '(page)',
				message: expect.stringMatching(/"9999".*"glm-9-ultra"/),
			}),
		]);
	});

	it('rejects a page that drops a URL, changes a code block or keeps English prose', () => {
		const problems = problemsAfter((zh) => {
			const file = question(zh);
			const url = 'https://open.bigmodel.cn/api/coding/paas/v4';
			file.data = JSON.parse(JSON.stringify(file.data).replaceAll(url, ''));
			file.body = file
				.body!.replace(/```[\s\S]*?```/g, (block) => block.replaceAll(url, '\u0000'))
				.replaceAll(url, '')
				.replaceAll('\u0000', url)
				.replace('"ZHIPUAI_API_KEY"', '"ZHIPU_KEY"')
				.concat('\nThis paragraph was left in English by mistake.\n');
		});
		const messages = problems.map((problem) => problem.message).join('\n');
		expect(messages).toContain('leaves out https://open.bigmodel.cn/api/coding/paas/v4');
		expect(messages).toContain('English prose: This paragraph was left in English');
	});

	it('holds titles to 30 full-width characters and lists to the English length', () => {
		const problems = problemsAfter((zh) => {
			const data = question(zh).data as { title: string; steps: string[] };
			data.title = '智谱'.repeat(16);
			data.steps.pop();
		});
		expect(problems.map((problem) => problem.field).sort()).toEqual(['steps', 'title']);
	});

	it('lists what has no Chinese text as build warnings, one line per collection', () => {
		expect(
			missingTranslationLines({ questions: ['a', 'b'], providers: [], errors: ['zhipu-1113'] }),
		).toEqual([
			'no Chinese text yet for questions (2; not published in /zh/ until translated): a, b',
			'no Chinese text yet for errors (1; not published in /zh/ until translated): zhipu-1113',
		]);
		expect(missingTranslationLines({ questions: [], providers: [], errors: [] })).toEqual([]);
	});

	it('rejects a fact field in a translation and lists an untranslated error as missing', () => {
		const { set, zh } = real();
		(question(zh).data as Record<string, unknown>)['providers'] = ['zhipu'];
		const group = zh.errors.find((file) => file.path.endsWith('/zhipu.yaml'))!;
		delete (group.data as Record<string, unknown>)['zhipu-1113'];
		const { problems, missing } = checkTranslations(set, zh);
		expect(problems).toEqual([expect.objectContaining({ field: 'providers' })]);
		expect(missing.errors).toEqual(['zhipu-1113']);
	});

	it('compares a provider field with the same English field, not the whole file', () => {
		const problems = problemsAfter((zh) => {
			const zhipu = zh.providers.find((file) => file.path.endsWith('/zhipu.yaml'))!;
			// 1113 is on the English file, but not in bestFor.
			(zhipu.data as { bestFor: string }).bestFor = '余额不足时返回 1113 的平台';
		});
		expect(problems).toEqual([
			expect.objectContaining({ field: 'bestFor', message: expect.stringContaining('"1113"') }),
		]);
	});
});

describe('fact tokens', () => {
	it('reads figures, codes, model ids and hosts, and treats 1,000 as 1000', () => {
		expect([
			...factTokens('Send glm-4.7-flash to open.bigmodel.cn; 1,000 pages, code 1113.'),
		]).toEqual(['glm-4.7-flash', 'open.bigmodel.cn', '1000', '1113']);
		expect(newFacts('余额不足返回 1113，共 1000 页', 'code 1113 over 1,000 pages')).toEqual([]);
		expect(newFacts('二月之后', 'after February')).toEqual([]);
		expect(newFacts('2 月之后', 'after February')).toEqual(['2']);
	});

	it('measures width with half-width characters counting half', () => {
		expect(displayWidth('智谱 API 401')).toBe(2 + 4 * 0.5 + 0.5 * 4);
	});

	it('finds code blocks and components in order, and English prose outside them', () => {
		const body = [
			'中文段落。',
			'```bash',
			'curl -i https://example.com',
			'```',
			'<RequestBuilder id="a" provider="zhipu" />',
			'Plain English words left here.',
			'`code only` and "quoted"',
		].join('\n');
		expect(fixedBlocks(body)).toEqual([
			'```bash\ncurl -i https://example.com\n```',
			'<RequestBuilder id="a" provider="zhipu" />',
		]);
		expect(englishLines(body)).toEqual(['Plain English words left here.']);
	});
});

describe('overlayText', () => {
	it('lays text over the English data, item by item and key by key', () => {
		const english = {
			name: 'Zhipu',
			regions: [{ id: 'cn', label: 'China', openai: { baseUrl: 'https://a', pitfall: 'No /v1' } }],
			sources: { docs: { url: 'https://d', title: 'Docs', checked: '2026-11-25' } },
		};
		const zh = {
			name: '智谱',
			regions: [{ id: 'cn', label: '中国大陆', openai: { pitfall: '没有 /v1' } }],
			sources: { docs: '文档' },
		};
		const merged = overlayText(english, zh);
		expect(merged).toEqual({
			name: '智谱',
			regions: [
				{ id: 'cn', label: '中国大陆', openai: { baseUrl: 'https://a', pitfall: '没有 /v1' } },
			],
			sources: { docs: { url: 'https://d', title: '文档', checked: '2026-11-25' } },
		});
	});
});
