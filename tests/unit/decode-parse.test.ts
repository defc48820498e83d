import { describe, expect, it } from 'vitest';
import { parseErrorText, redactKeys } from '../../src/lib/decode/parse.ts';

// Each input beside what the parser must read from it, one row per known shape.
const SHAPES = [
	{
		shape: 'openai',
		input:
			'{"error":{"message":"Incorrect API key provided: sk-ab***cd.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
		expected: {
			shape: 'openai',
			code: 'invalid_api_key',
			type: 'invalid_request_error',
			message: 'Incorrect API key provided: sk-ab***cd.',
		},
	},
	{
		shape: 'anthropic',
		input: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
		expected: { shape: 'anthropic', type: 'authentication_error', message: 'invalid x-api-key' },
	},
	{
		shape: 'zhipu',
		input:
			'HTTP/2 429\ncontent-type: application/json\n\n{"error":{"code":"1113","message":"Insufficient balance or no resource package. Please recharge."}}',
		expected: {
			shape: 'zhipu',
			status: 429,
			code: '1113',
			message: 'Insufficient balance or no resource package. Please recharge.',
		},
	},
	{
		shape: 'dashscope',
		input:
			'{"code":"InvalidApiKey","message":"Invalid API-key provided.","request_id":"fb53c4ec-1c12-4fc4-a580-cdb7c3261fc1"}',
		expected: { shape: 'dashscope', code: 'InvalidApiKey', message: 'Invalid API-key provided.' },
	},
	{
		shape: 'gemini list',
		input:
			'[{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}}]',
		expected: {
			shape: 'gemini',
			status: 400,
			code: 'API_KEY_INVALID',
			type: 'INVALID_ARGUMENT',
			message: 'API key not valid. Please pass a valid API key.',
		},
	},
	{
		shape: 'siliconflow',
		input:
			'{"code":20012,"message":"Model does not exist. Please check it carefully.","data":null}',
		expected: {
			shape: 'siliconflow',
			code: '20012',
			message: 'Model does not exist. Please check it carefully.',
		},
	},
	{
		shape: 'openrouter',
		input:
			'{"error":{"code":402,"message":"Insufficient credits. Add more using https://openrouter.ai/settings/credits","metadata":{}}}',
		expected: { shape: 'openrouter', status: 402, code: '402' },
	},
	{
		shape: 'python SDK exception',
		input:
			"openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
		expected: {
			shape: 'openai',
			status: 401,
			code: 'invalid_api_key',
			message: 'Incorrect API key provided.',
		},
	},
	{
		shape: 'bracketed SDK form',
		input: '400 [1211][Unknown Model, please check the model code.]',
		expected: {
			shape: 'bracketed',
			status: 400,
			code: '1211',
			message: 'Unknown Model, please check the model code.',
		},
	},
	{
		shape: 'status line only',
		input: 'HTTP/1.1 401 Unauthorized',
		expected: { shape: 'text', status: 401 },
	},
	{
		shape: 'bare Chinese message',
		input: '身份验证失败',
		expected: { shape: 'text', message: '身份验证失败' },
	},
	{
		shape: 'SSE error inside a 200 stream',
		input:
			'HTTP/2 200\n\ndata: {"error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"X"}}}',
		expected: { shape: 'openrouter', status: 200, code: '502', message: 'Provider returned error' },
	},
] as const;

describe('parseErrorText', () => {
	it.each(SHAPES)('reads the $shape shape', ({ input, expected }) => {
		expect(parseErrorText(input)).toMatchObject(expected);
	});

	it('collects host names from URLs and Host headers', () => {
		const parsed = parseErrorText(
			'curl https://open.bigmodel.cn/api/paas/v4/chat/completions\nHost: api.deepseek.com\n401',
		);
		expect(parsed.hosts).toEqual(['open.bigmodel.cn', 'api.deepseek.com']);
	});

	it.each([
		['sk-ant-api03-' + 'a'.repeat(40), 'anthropic'],
		['sk-or-v1-' + 'b'.repeat(40), 'openrouter'],
		['AIzaSy' + 'c'.repeat(33), 'gemini'],
		['0123456789abcdef0123456789abcdef.ABCDEFGHijklmnop', 'zhipu'],
	])('flags %s as a key and takes its prefix only as a hint', (key, hint) => {
		const parsed = parseErrorText(`Authorization failed for ${key}`);
		expect(parsed.containsKey).toBe(true);
		expect(parsed.keyHints).toEqual([hint]);
		expect(parsed.message).not.toContain(key);
	});

	it('does not mistake ordinary text for a key', () => {
		expect(
			parseErrorText('{"error":{"message":"task-queue is full","code":"busy"}}').containsKey,
		).toBe(false);
	});
});

describe('redactKeys', () => {
	it('removes every key-like token and keeps the rest', () => {
		expect(redactKeys('Bearer sk-1234567890abcdefghijkl and sk-ant-zzzzzzzzzzzzzzzzzzzz end')).toBe(
			'Bearer [key removed] and [key removed] end',
		);
	});
});
