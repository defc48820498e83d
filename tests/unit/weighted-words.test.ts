import { describe, expect, it } from 'vitest';
import { isOneOf, weightedWords } from '../../src/lib/search/weighted-words.ts';

describe('weightedWords', () => {
	it('keeps each word of the messages once, in the order first seen, whatever its case', () => {
		expect(
			weightedWords([
				'API key not valid. Please pass a valid API key.',
				'API Key not found. Please pass a valid API key.',
			]),
		).toBe('API key not valid Please pass a found');
	});

	it('strips the punctuation around a word but keeps what is inside it', () => {
		expect(
			weightedWords([
				'Authentication Fails, Your api key: ****abcd is invalid',
				'"invalid_request_error" from api.z.ai/api/paas/v4 (retry)',
			]),
		).toBe(
			'Authentication Fails Your api key ****abcd is invalid invalid_request_error from api.z.ai/api/paas/v4 retry',
		);
	});

	it('keeps a Chinese message whole, as it has no spaces to split on', () => {
		expect(
			weightedWords(['余额不足或无可用资源包,请充值。', '余额不足或无可用资源包,请充值。']),
		).toBe('余额不足或无可用资源包,请充值');
	});

	it('gives nothing for no messages', () => {
		expect(weightedWords([])).toBe('');
	});
});

describe('isOneOf', () => {
	it('finds a text among messages as the exact-message map folds them', () => {
		const messages = ['API key not valid. Please pass a valid API key.'];
		expect(isOneOf('api key not valid.  Please pass a valid API key', messages)).toBe(true);
		expect(isOneOf('Gemini 400 API_KEY_INVALID', messages)).toBe(false);
	});
});
