import { describe, expect, it } from 'vitest';
import {
	MESSAGE_HEAD,
	cutMessage,
	packDecoderData,
	unpackDecoderData,
	buildDecoderData,
} from '../../src/lib/decode/data.ts';
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

describe('packed decoder data', () => {
	const data = buildDecoderData({
		errors: [
			error('a', { code: '1113' }),
			error('b', { code: '1113', status: 429, page: 'glm-429' }),
			error('c', { providers: ['qwen', 'zhipu'], code: undefined, status: null }),
		],
		questions: [
			{ id: 'glm-401', data: { title: 'Why does GLM return 401?' } },
			{ id: 'glm-429', data: { title: 'Why does GLM return 429?' } },
		],
		providers: [],
	});

	it('unpacks to exactly what was packed, anchors numbered as the provider page numbers them', () => {
		const unpacked = unpackDecoderData(JSON.parse(JSON.stringify(packDecoderData(data))));
		expect(unpacked).toEqual(data);
		expect(unpacked.signatures.map((signature) => signature.anchor)).toEqual([
			'/providers/zhipu/#code-1113',
			'/providers/zhipu/#code-1113-2',
			'/providers/qwen/#http-unknown',
		]);
	});

	it('sends each page once', () => {
		expect(packDecoderData(data).pages).toEqual([
			['/glm-401/', 'Why does GLM return 401?'],
			['/glm-429/', 'Why does GLM return 429?'],
		]);
	});
});
