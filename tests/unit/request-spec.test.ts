import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { annotateRequest } from '../../src/lib/snippets/annotate.ts';
import { quotePosix, toCurlPosix } from '../../src/lib/snippets/curl-posix.ts';
import { highlight } from '../../src/lib/snippets/highlight.ts';
import {
	asciiJson,
	buildRequest,
	joinUrl,
	RequestChoiceError,
	validateBaseUrl,
	type RequestChoices,
} from '../../src/lib/snippets/request-spec.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { FIXTURE_PROVIDER } from '../fixtures/builder-provider.ts';

describe('buildRequest', () => {
	it('builds an OpenAI chat-completions request with a Bearer key', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
			prompt: 'hi',
		});
		expect(spec.url).toBe('https://api.fixture.example/api/paas/v4/chat/completions');
		expect(spec.auth).toEqual({
			scheme: 'bearer',
			header: 'Authorization',
			prefix: 'Bearer ',
			envVar: 'FIXTURE_API_KEY',
		});
		expect(spec.body).toEqual({
			model: 'fixture-small',
			messages: [{ role: 'user', content: 'hi' }],
		});
	});

	it('builds an Anthropic messages request with x-api-key, version header and max_tokens', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'intl',
			format: 'anthropic',
			model: 'fixture-small',
			stream: true,
		});
		expect(spec.url).toBe('https://intl.fixture.example/anthropic/v1/messages');
		expect(spec.auth.header).toBe('x-api-key');
		expect(spec.headers).toContainEqual(['anthropic-version', '2023-06-01']);
		expect(spec.body).toMatchObject({ max_tokens: 64, stream: true });
	});

	it('sends a typed custom model and a relay base URL as given', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
			customModel: ' vendor/new-model ',
			baseUrl: 'http://127.0.0.1:8080/relay/v1/',
		});
		expect(spec.body['model']).toBe('vendor/new-model');
		expect(spec.url).toBe('http://127.0.0.1:8080/relay/v1/chat/completions');
	});

	it.each<{ choice: RequestChoices; field: RequestChoiceError['field'] }>([
		{ choice: { region: 'eu', format: 'openai', model: 'fixture-small' }, field: 'region' },
		{ choice: { region: 'cn', format: 'openai', model: 'gpt-4o' }, field: 'model' },
		{
			choice: { region: 'cn', format: 'openai', model: 'x', customModel: 'two words' },
			field: 'model',
		},
		{
			choice: {
				region: 'cn',
				format: 'openai',
				model: 'fixture-small',
				baseUrl: 'relay.example.com',
			},
			field: 'baseUrl',
		},
	])('rejects a bad $field instead of emitting a wrong command', ({ choice, field }) => {
		expect(() => buildRequest(FIXTURE_PROVIDER, choice)).toThrow(RequestChoiceError);
		try {
			buildRequest(FIXTURE_PROVIDER, choice);
		} catch (error) {
			expect((error as RequestChoiceError).field).toBe(field);
		}
	});

	it('rejects a format the region does not offer', () => {
		const provider = {
			...FIXTURE_PROVIDER,
			regions: [{ id: 'only', label: 'Only', openai: FIXTURE_PROVIDER.regions[0]!.openai! }],
		};
		expect(() =>
			buildRequest(provider, { region: 'only', format: 'anthropic', model: 'fixture-small' }),
		).toThrow(/offers no Anthropic-compatible endpoint/);
	});

	it('joins base URL and path with exactly one slash', () => {
		expect(joinUrl('https://a.example/v1/', '/chat/completions')).toBe(
			'https://a.example/v1/chat/completions',
		);
		expect(joinUrl('https://a.example/v1', '/chat/completions')).toBe(
			'https://a.example/v1/chat/completions',
		);
	});
});

describe('validateBaseUrl', () => {
	it.each([
		['https://relay.example.com/v1/', 'https://relay.example.com/v1'],
		['  http://127.0.0.1:3000/api ', 'http://127.0.0.1:3000/api'],
	])('accepts %j as %j', (input, output) => {
		expect(validateBaseUrl(input)).toBe(output);
	});
	it.each([
		['relay.example.com/v1', /not a URL/],
		['ftp://relay.example.com', /starts with https:\/\/ or http:\/\//],
		['https://user:pass@relay.example.com', /user name and password/],
		['https://relay.example.com/v1?key=1', /query or #fragment/],
	])('rejects %j with a message that says why', (input, message) => {
		expect(() => validateBaseUrl(input)).toThrow(message);
	});
});

describe('asciiJson', () => {
	it('escapes every non-ASCII character and keeps the JSON value', () => {
		const json = JSON.stringify({ text: '中文 🔑 é \u007f' });
		expect(asciiJson(json)).toMatch(/^[\x00-\x7e]*$/);
		expect(JSON.parse(asciiJson(json))).toEqual(JSON.parse(json));
	});
});

describe('toCurlPosix', () => {
	it('stops with a message when the key variable is unset', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
		});
		// curl is replaced by a function so nothing leaves the machine; the expansion fails first.
		const script = `curl() { echo called; }\nunset FIXTURE_API_KEY\n${toCurlPosix(spec)}`;
		let stderr = '';
		try {
			execFileSync('bash', ['-c', script], { encoding: 'utf8', stdio: 'pipe' });
		} catch (error) {
			stderr = String((error as { stderr: string }).stderr);
		}
		expect(stderr).toContain('set FIXTURE_API_KEY first');
	});

	it('quotes a typed key like any other text', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
		});
		expect(toCurlPosix(spec, "k'ey")).toContain(`-H ${quotePosix("Authorization: Bearer k'ey")}`);
	});
});

describe('highlight', () => {
	it('wraps tokens in classes and escapes HTML', () => {
		expect(highlight(`curl -H 'a<b' "$X"`, 'bash')).toBe(
			'<span class="tok-keyword">curl</span> <span class="tok-flag">-H</span> <span class="tok-string">\'a&lt;b\'</span> <span class="tok-string">&quot;$X&quot;</span>',
		);
	});
	it('keeps a bash single-quote escape inside one string token', () => {
		expect(highlight(`'it'\\''s'`, 'bash')).toBe(`<span class="tok-string">'it'\\''s'</span>`);
	});
	it('returns the code unchanged apart from markup', () => {
		const code = toCurlPosix(
			buildRequest(FIXTURE_PROVIDER, {
				region: 'cn',
				format: 'openai',
				model: 'fixture-small',
				prompt: '<&>"',
			}),
		);
		const text = highlight(code, 'bash')
			.replace(/<[^>]+>/g, '')
			.replace(
				/&(lt|gt|quot|amp);/g,
				(_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!,
			);
		expect(text).toBe(code);
	});
});

describe('annotateRequest', () => {
	it('names each part of the URL and the mistake made there, from provider data', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'cn',
			format: 'openai',
			model: 'fixture-small',
		});
		const parts = annotateRequest(
			spec,
			FIXTURE_PROVIDER,
			{ region: 'cn', customBaseUrl: false },
			ui.builder.annotations,
		);
		expect(parts.map(({ part, value }) => [part, value])).toEqual([
			['host', 'https://api.fixture.example'],
			['base-path', '/api/paas/v4'],
			['endpoint', '/chat/completions'],
			['auth', 'Authorization: Bearer <key>'],
			['model', 'fixture-small'],
		]);
		expect(parts[1]!.mistake).toBe('No /v1 on this host.');
		expect(parts[4]!.mistake).toBe('Free, for tests.');
	});
	it('warns about relays when the base URL is custom', () => {
		const spec = buildRequest(FIXTURE_PROVIDER, {
			region: 'intl',
			format: 'anthropic',
			model: 'fixture-large',
			baseUrl: 'https://relay.example.com',
		});
		const parts = annotateRequest(
			spec,
			FIXTURE_PROVIDER,
			{ region: 'intl', customBaseUrl: true },
			ui.builder.annotations,
		);
		expect(parts[0]!.mistake).toBe(ui.builder.annotations.hostRelay);
		expect(parts[3]!.value).toBe('x-api-key: <key>');
	});
});
