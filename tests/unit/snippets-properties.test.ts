import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotePosix, toCurlPosix } from '../../src/lib/snippets/curl-posix.ts';
import { toJsString } from '../../src/lib/snippets/literals.ts';
import { toNodeFetch } from '../../src/lib/snippets/node.ts';
import { bodyLines, buildRequest } from '../../src/lib/snippets/request-spec.ts';
import { FIXTURE_PROVIDER } from '../fixtures/builder-provider.ts';
import { expectRequest } from '../helpers/builder-fixtures.ts';
import { startRecordingServer } from '../helpers/recording-server.ts';
import { runBash, runNode } from '../helpers/run-snippet.ts';

// Any Unicode text: every code point, astral planes and lone surrogates included.
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const promptRequest = (prompt: string, stream = false) =>
	buildRequest(FIXTURE_PROVIDER, {
		region: 'cn',
		format: 'openai',
		model: 'fixture-small',
		prompt,
		stream,
	});

let server: Awaited<ReturnType<typeof startRecordingServer>>;
beforeAll(async () => (server = await startRecordingServer()));
afterAll(() => server.close());

describe('bash', () => {
	it('reads any quoted JSON body back byte for byte (1,000 prompts, one bash)', () => {
		const bodies = fc
			.sample(anyText, { numRuns: 1000, seed: 20261125 })
			.map((prompt) => bodyLines(promptRequest(prompt)));
		// JSON escapes NUL, which no shell argument can hold, so every body survives the shell.
		const script = bodies.map((body) => `printf '%s\\0' ${quotePosix(body)}`).join('\n');
		// On standard input: a thousand bodies are more than one argument may hold.
		const echoed = execFileSync('bash', [], {
			input: script,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(echoed.split('\0').slice(0, -1)).toEqual(bodies);
	});

	it('sends any prompt to the server exactly, through the real curl command', async () => {
		await fc.assert(
			fc.asyncProperty(anyText, fc.boolean(), async (prompt, stream) => {
				server.clear();
				const spec = promptRequest(prompt, stream);
				await runBash(toCurlPosix(spec), spec.auth.envVar, server.port);
				expectRequest(server.requests[0], spec, 'lines');
			}),
			{ numRuns: 40, seed: 20261125 },
		);
	});
});

describe('Node', () => {
	it('writes any text as a string literal that evaluates back to it', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expect(runInNewContext(toJsString(text))).toBe(text);
			}),
			{ numRuns: 2000, seed: 20261125 },
		);
	});

	it('sends any prompt to the server exactly, through the real fetch snippet', async () => {
		await fc.assert(
			fc.asyncProperty(anyText, async (prompt) => {
				server.clear();
				const spec = promptRequest(prompt);
				await runNode(toNodeFetch(spec), spec.auth.envVar, server.port);
				expectRequest(server.requests[0], spec, 'exact');
			}),
			{ numRuns: 15, seed: 20261125 },
		);
	});
});

describe('long prompts', () => {
	it('carries a 10,000-character prompt through bash and Node', async () => {
		const spec = promptRequest('长'.repeat(3000) + '\'"$`\\%!^'.repeat(500) + '🔑'.repeat(1500));
		expect(
			(spec.body['messages'] as Array<{ content: string }>)[0]!.content.length,
		).toBeGreaterThanOrEqual(10_000);
		server.clear();
		await runBash(toCurlPosix(spec), spec.auth.envVar, server.port);
		expectRequest(server.requests[0], spec, 'lines');
		server.clear();
		await runNode(toNodeFetch(spec), spec.auth.envVar, server.port);
		expectRequest(server.requests[0], spec, 'exact');
	});
});
