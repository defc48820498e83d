import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/lib/search/first-sentence.ts';

describe('firstSentence', () => {
	it.each([
		['A 401 means the key was refused. Create a new one.', 'A 401 means the key was refused.'],
		[
			'Call api.z.ai/api/paas/v4 with v1.5 keys. Then retry.',
			'Call api.z.ai/api/paas/v4 with v1.5 keys.',
		],
		['余额不足时返回 1113。请充值后重试。', '余额不足时返回 1113。'],
		['Is the key valid? Check it first.', 'Is the key valid?'],
		['No full stop at all', 'No full stop at all'],
		['Ends here.', 'Ends here.'],
	])('%s', (text, expected) => {
		expect(firstSentence(text)).toBe(expected);
	});

	it('ends a Chinese sentence only at Chinese punctuation, past a quoted English message', () => {
		expect(
			firstSentence(
				'Gemini 返回 HTTP 400（API key not valid. Please pass a valid API key.），Key 无效。再检查地域。',
				'zh',
			),
		).toBe('Gemini 返回 HTTP 400（API key not valid. Please pass a valid API key.），Key 无效。');
	});
});
