import { describe, expect, it } from 'vitest';
import { commonWords, withoutCommon } from '../../src/lib/search/common-words.ts';

describe('commonWords', () => {
	const pages = [
		['GLM API key invalid', 'The API answers 401.'],
		['DeepSeek API balance', 'Top up; the API answers 402.'],
		['Gemini api key', 'The key goes in a header.'],
		['Qwen API region', 'A workspace decides.'],
	];

	it('lists the words at least the given share of pages have, whatever their case', () => {
		expect(commonWords(pages, 1)).toEqual(['api']);
		expect(commonWords(pages, 0.75)).toEqual(['api', 'the']);
	});

	it('lists nothing for no pages', () => {
		expect(commonWords([], 0.95)).toEqual([]);
	});
});

describe('withoutCommon', () => {
	it('leaves the common words out and counts them', () => {
		expect(withoutCommon('invalid API key 401', ['api'])).toEqual({
			text: 'invalid key 401',
			dropped: 1,
		});
	});

	it('keeps a query of common words only as typed', () => {
		expect(withoutCommon(' api  the ', ['api', 'the'])).toEqual({ text: 'api  the', dropped: 0 });
	});

	it('keeps a query without common words as typed', () => {
		expect(withoutCommon('deepseek 402', ['api'])).toEqual({ text: 'deepseek 402', dropped: 0 });
	});
});
