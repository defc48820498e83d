import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toCurlPosix, quotePosix } from '../../src/lib/snippets/curl-posix.ts';
import {
	buildRequest,
	joinUrl,
	RequestChoiceError,
	type ProviderEntry,
} from '../../src/lib/snippets/request-spec.ts';

const provider: ProviderEntry = {
	id: 'demo',
	name: 'Demo AI',
	shortName: 'Demo',
	kind: 'direct',
	website: { value: 'https://demo.example', source: 's' },
	docs: { value: 'https://demo.example/docs', source: 's' },
	envVar: { value: 'DEMO_API_KEY', source: 's' },
	regions: [
		{
			id: 'cn',
			label: 'China',
			openai: { baseUrl: 'https://api.demo.example/api/paas/v4/', auth: 'bearer', source: 's' },
		},
		{
			id: 'intl',
			label: 'International',
			anthropic: { baseUrl: 'https://intl.demo.example/anthropic', auth: 'x-api-key', source: 's' },
		},
	],
	models: [{ id: 'demo-1', free: true, source: 's' }],
	bestFor: 'Testing the generators',
	caveats: [],
	sources: { s: { url: 'https://demo.example/docs', title: 'Demo docs', checked: '2026-11-25' } },
};

describe('buildRequest', () => {
	it('builds an OpenAI chat-completions request with a Bearer key', () => {
		const spec = buildRequest(provider, {
			region: 'cn',
			format: 'openai',
			model: 'demo-1',
			prompt: 'hi',
		});
		expect(spec.url).toBe('https://api.demo.example/api/paas/v4/chat/completions');
		expect(spec.auth).toEqual({
			header: 'Authorization',
			prefix: 'Bearer ',
			envVar: 'DEMO_API_KEY',
		});
		expect(spec.body).toEqual({ model: 'demo-1', messages: [{ role: 'user', content: 'hi' }] });
	});

	it('builds an Anthropic messages request with x-api-key, version header and max_tokens', () => {
		const spec = buildRequest(provider, {
			region: 'intl',
			format: 'anthropic',
			model: 'demo-1',
			stream: true,
		});
		expect(spec.url).toBe('https://intl.demo.example/anthropic/v1/messages');
		expect(spec.auth.header).toBe('x-api-key');
		expect(spec.headers).toContainEqual(['anthropic-version', '2023-06-01']);
		expect(spec.body).toMatchObject({ max_tokens: 64, stream: true });
	});

	it.each([
		{ choice: { region: 'eu', format: 'openai', model: 'demo-1' }, field: 'region' },
		{ choice: { region: 'cn', format: 'anthropic', model: 'demo-1' }, field: 'format' },
		{ choice: { region: 'cn', format: 'openai', model: 'gpt-4o' }, field: 'model' },
	] as const)(
		'rejects an unoffered $field instead of emitting a wrong command',
		({ choice, field }) => {
			expect(() => buildRequest(provider, choice)).toThrow(RequestChoiceError);
			try {
				buildRequest(provider, choice);
			} catch (error) {
				expect((error as RequestChoiceError).field).toBe(field);
			}
		},
	);

	it('joins base URL and path with exactly one slash', () => {
		expect(joinUrl('https://a.example/v1/', '/chat/completions')).toBe(
			'https://a.example/v1/chat/completions',
		);
		expect(joinUrl('https://a.example/v1', '/chat/completions')).toBe(
			'https://a.example/v1/chat/completions',
		);
	});
});

const awkward = [
	"it's",
	'"double" and \\backslash\\',
	'$(rm -rf /) `whoami` $HOME ${PATH}',
	'100% !important ^caret',
	'line one\nline two\ttabbed',
	'中文提示：身份验证失败',
	'emoji 🔑🚀',
	"''''",
];

describe('quotePosix', () => {
	it.each(awkward)('bash reads %j back byte for byte', (text) => {
		const echoed = execFileSync('bash', ['-c', `printf '%s' ${quotePosix(text)}`], {
			encoding: 'utf8',
		});
		expect(echoed).toBe(text);
	});
});

describe('toCurlPosix', () => {
	it('writes status-printing curl with the key from the environment', () => {
		const spec = buildRequest(provider, {
			region: 'cn',
			format: 'openai',
			model: 'demo-1',
			prompt: "it's",
		});
		expect(toCurlPosix(spec)).toBe(
			[
				`curl -sS -i 'https://api.demo.example/api/paas/v4/chat/completions' \\`,
				`  -H "Authorization: Bearer \${DEMO_API_KEY:?set DEMO_API_KEY first}" \\`,
				`  -H 'Content-Type: application/json' \\`,
				`  -d '{"model":"demo-1","messages":[{"role":"user","content":"it'\\''s"}]}'`,
			].join('\n'),
		);
	});

	it('stops with a message when the key variable is unset', () => {
		const spec = buildRequest(provider, { region: 'cn', format: 'openai', model: 'demo-1' });
		// Replace curl by a function so nothing leaves the machine; the expansion fails first.
		const script = `curl() { echo called; }\nunset DEMO_API_KEY\n${toCurlPosix(spec)}`;
		const result = (() => {
			try {
				execFileSync('bash', ['-c', script], { encoding: 'utf8', stdio: 'pipe' });
				return 'ran';
			} catch (error) {
				return String((error as { stderr: string }).stderr);
			}
		})();
		expect(result).toContain('set DEMO_API_KEY first');
	});

	it('adds -N for a stream', () => {
		const spec = buildRequest(provider, {
			region: 'cn',
			format: 'openai',
			model: 'demo-1',
			stream: true,
		});
		expect(toCurlPosix(spec).split('\n')[0]).toContain('-i -N');
	});
});
