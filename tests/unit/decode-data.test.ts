import { describe, expect, it } from 'vitest';
import { MESSAGE_HEAD, cutMessage, buildDecoderData } from '../../src/lib/decode/data.ts';
import { errorSignatureSchema } from '../../src/schemas/error-signature.ts';

describe('cutMessage', () => {
	it('keeps a short message whole', () => {
		expect(cutMessage('身份验证失败')).toBe('身份验证失败');
	});

	it('cuts a long message to its head', () => {
		const long = `Incorrect API key provided. ${'x'.repeat(200)}`;
		expect(cutMessage(long)).toBe(long.slice(0, MESSAGE_HEAD));
	});

	it('never cuts inside a placeholder', () => {
		const text = `${'a'.repeat(MESSAGE_HEAD - 5)} \${model_name} does not exist`;
		expect(cutMessage(text)).toBe('a'.repeat(MESSAGE_HEAD - 5));
	});
});

const error = (id: string, data: Record<string, unknown>) => ({
	id,
	data: errorSignatureSchema.parse({
		providers: ['zhipu'],
		title: 'An error',
		status: 401,
		messages: [{ text: 'Authentication failed', lang: 'en', kind: 'documented', source: 's' }],
		cause: 'auth',
		retry: 'after-fix',
		fix: 'Create a new key and send it in the Authorization header.',
		action: 'Create a new key and send it as a Bearer token.',
		page: 'glm-401',
		sources: { s: { url: 'https://example.com/', title: 'Docs', checked: '2026-11-25' } },
		...data,
	}),
});

describe('signature messages', () => {
	it('keep a long message whole when another signature shares its head', () => {
		const head =
			'You exceeded your current quota, please check your plan and billing details. '.padEnd(
				MESSAGE_HEAD + 5,
				'x',
			);
		const text = (tail: string) => ({
			messages: [{ text: head + tail, lang: 'en', kind: 'documented', source: 's' }],
		});
		const data = buildDecoderData({
			errors: [error('a', text(' read the docs')), error('b', text(' head to the console'))],
			questions: [],
			providers: [],
		});
		expect(data.signatures.map((signature) => signature.messages)).toEqual([
			[head + ' read the docs'],
			[head + ' head to the console'],
		]);
	});
});
