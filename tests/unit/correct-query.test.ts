import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance } from '../../src/lib/search/correct-query.ts';

const NAMES = [
	'DeepSeek',
	'SiliconFlow',
	'Zhipu',
	'Qwen',
	'DashScope',
	'Moonshot',
	'Kimi',
	'OpenRouter',
	'Anthropic',
	'Gemini',
	'Qianfan',
	'Volcengine',
];

describe('correctQuery', () => {
	it.each([
		['deepsek 401', 'deepseek 401'],
		['siliconflw balance', 'siliconflow balance'],
		['silicon flow 403', 'siliconflow 403'],
		['zhipuu api key', 'zhipu api key'],
		['anthropik credit', 'anthropic credit'],
		['openrouer 402', 'openrouter 402'],
		['moonshoot quota', 'moonshot quota'],
		['dashscop invalid', 'dashscope invalid'],
	])('%j → %j', (query, expected) => {
		expect(correctQuery(query, NAMES)).toBe(expected);
	});

	it.each(['deepseek 401', 'qwen', 'api key', 'rate limit', '余额不足', 'key'])(
		'leaves %j alone',
		(query) => {
			expect(correctQuery(query, NAMES)).toBeNull();
		},
	);
});

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});
