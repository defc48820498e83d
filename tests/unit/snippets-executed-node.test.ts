import { afterAll, beforeAll, describe, it } from 'vitest';
import { toNodeFetch, toNodeSdk } from '../../src/lib/snippets/node.ts';
import { everyCombination, expectRequest } from '../helpers/builder-fixtures.ts';
import { startRecordingServer } from '../helpers/recording-server.ts';
import { runNode } from '../helpers/run-snippet.ts';

let server: Awaited<ReturnType<typeof startRecordingServer>>;
beforeAll(async () => (server = await startRecordingServer()));
afterAll(() => server.close());

const combinations = everyCombination();

describe('Node fetch, run by node, reaches the server byte for byte', () => {
	it.each(combinations)('$name', async ({ spec }) => {
		server.clear();
		await runNode(toNodeFetch(spec), spec.auth.envVar, server.port);
		expectRequest(server.requests[0], spec, 'exact');
	});
});

describe('Node SDK (openai / @anthropic-ai/sdk), run by node, sends the same request', () => {
	it.each(combinations)('$name', async ({ spec }) => {
		server.clear();
		await runNode(toNodeSdk(spec), spec.auth.envVar, server.port);
		expectRequest(server.requests[0], spec, 'json');
	});
});
