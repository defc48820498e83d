import { describe, expect, it } from 'vitest';
import { looksLikeError } from '../../src/lib/decode/looks-like-error.ts';

describe('looksLikeError', () => {
	it.each([
		'HTTP/1.1 401 Unauthorized',
		'401 Unauthorized',
		'{"error":{"code":"1113","message":"余额不足或无可用资源包,请充值。"}}',
		"openai.BadRequestError: Error code: 400 - {'error': {'message': 'x'}}",
		'anthropic.AuthenticationError: invalid x-api-key',
		'curl: (6) Could not resolve host: open.bigmodel.cn',
		'Error: read ECONNRESET',
		'TypeError: fetch failed',
		"This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.",
	])('an error: %s', (query) => {
		expect(looksLikeError(query)).toBe(true);
	});

	it.each([
		'invalid api key 401',
		'1113',
		'How do you fix GLM API Unauthorized errors?',
		'deepseek balance',
		'余额不足',
		'context window exceeded',
	])('a search: %s', (query) => {
		expect(looksLikeError(query)).toBe(false);
	});
});
