import { describe, expect, it } from 'vitest';
import { foldMessage, messageKey } from '../../src/lib/search/fold-message.ts';

describe('message keys', () => {
	it('fold case, spacing and a final full stop before hashing', () => {
		expect(foldMessage('Incorrect  API key provided.')).toBe('incorrect api key provided');
		expect(messageKey('Incorrect  API key provided.')).toBe(
			messageKey('incorrect api key provided'),
		);
		expect(messageKey('余额不足。')).toBe(messageKey('余额不足'));
	});

	it('tell different messages apart', () => {
		const messages = ['身份验证失败', '余额不足', 'Insufficient Balance', 'Authentication Fails'];
		expect(new Set(messages.map(messageKey)).size).toBe(messages.length);
	});

	it('are FNV-1a over the folded text, in base 36', () => {
		// FNV-1a of "a" is 0xe40c292c.
		expect(messageKey('A')).toBe((0xe40c292c).toString(36));
	});
});
